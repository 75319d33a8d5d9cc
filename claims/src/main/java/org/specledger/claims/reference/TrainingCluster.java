package org.specledger.claims.reference;

import java.util.Objects;

/**
 * One row of {@code clusters.csv}: a publicly reported training cluster.
 *
 * @param status {@code built} or {@code planned}
 */
public record TrainingCluster(String cluster, String operator, String accelerator, long chips, Integer year,
                              String status, String source) {

    public TrainingCluster {
        Objects.requireNonNull(cluster, "cluster");
    }

    public boolean built() {
        return "built".equalsIgnoreCase(status);
    }
}
