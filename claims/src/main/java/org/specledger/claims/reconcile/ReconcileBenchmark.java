package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.claims.reference.ReferenceData;

/**
 * A harness, not a test: times syndication grouping and a full reconciliation over a synthetic corpus
 * (documents of about 300 words drawn from a 2,000-word vocabulary, a tenth of them light copies of another,
 * claims on a few hundred models). Run with {@code java -cp claims/target/classes
 * org.specledger.claims.reconcile.ReconcileBenchmark [docs]}.
 */
public final class ReconcileBenchmark {

    /** Figures of one run. */
    public record Figures(int documents, int claims, int groups, long syndicationMillis, long reconcileMillis,
                          int consensus, int flags) {
    }

    private ReconcileBenchmark() {
    }

    public static Figures run(int documents, long seed) {
        Random rnd = new Random(seed);
        List<DocInfo> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        String[] attributes = {Attributes.TOTAL_PARAMETERS, Attributes.ACTIVE_PARAMETERS, Attributes.CONTEXT_LENGTH,
                Attributes.TRAINING_TOKENS};
        long claimId = 0;
        for (int d = 1; d <= documents; d++) {
            String text;
            if (d > 1 && rnd.nextInt(10) == 0) {
                text = docs.get(rnd.nextInt(docs.size())).text() + " Republished with permission.";
            } else {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 300; w++) {
                    sb.append("w").append(rnd.nextInt(2000)).append(' ');
                }
                text = sb.toString();
            }
            docs.add(new DocInfo(d, "https://site" + rnd.nextInt(200) + ".example/" + d, null,
                    "Publisher " + rnd.nextInt(200), "2026-01-01", text));
            for (int c = 0; c < 5; c++) {
                claims.add(Claim.number("Model " + rnd.nextInt(Math.max(1, documents / 10)),
                        attributes[rnd.nextInt(attributes.length)], (1 + rnd.nextInt(4)) * 1e11, null, null, null,
                        "q", 0, 1, Hedge.STATED).withIds(++claimId, d));
            }
        }
        long t0 = System.nanoTime();
        int groups = (int) Syndication.groups(docs).values().stream().distinct().count();
        long t1 = System.nanoTime();
        ReconcileResult r = new Reconciler(ReferenceData.load()).reconcile(docs, claims);
        long t2 = System.nanoTime();
        return new Figures(documents, claims.size(), groups, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                r.consensus().size(), r.flags().size());
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        run(200, 1); // warm-up
        System.out.println(run(n, 2));
    }
}
