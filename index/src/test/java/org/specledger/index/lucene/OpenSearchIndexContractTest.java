package org.specledger.index.lucene;

import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.specledger.index.SearchIndex;
import org.specledger.index.opensearch.OpenSearchIndex;

/**
 * The search contract on an OpenSearch cluster: a fresh index per test on the cluster {@code ./test.sh} started
 * ({@value #ENV}: its node URLs, comma-separated). Without the variable the test is skipped, unless
 * SPECLEDGER_TEST_REQUIRE_BACKENDS=1 (set by {@code ./test.sh}), when it fails.
 */
class OpenSearchIndexContractTest extends SearchIndexContract {
    static final String ENV = "SPECLEDGER_TEST_SEARCH_URL";
    private OpenSearchIndex os;

    static String clusterUrls() {
        String urls = System.getenv(ENV);
        if (urls == null || urls.isBlank()) {
            if ("1".equals(System.getenv("SPECLEDGER_TEST_REQUIRE_BACKENDS"))) {
                throw new IllegalStateException(ENV + " is not set: start a cluster with scripts/dev-cluster start DIR");
            }
            Assumptions.abort("OpenSearch not configured: set " + ENV + " (./test.sh starts a cluster and sets it)");
        }
        return urls;
    }

    @Override
    protected SearchIndex openEmpty() throws Exception {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder urls = new StringBuilder();
        for (String node : clusterUrls().split(",")) {
            urls.append(urls.isEmpty() ? "" : ",").append(node.strip().replaceAll("/+$", "")).append('/').append(name);
        }
        os = OpenSearchIndex.connect(urls.toString(), null, null);
        return os;
    }

    @Override
    protected void dispose() {
        if (os != null) {
            os.dropIndex();
        }
    }
}
