package org.specledger.claims.extract;

import org.specledger.claims.Attributes;

/**
 * The training run: compute ("3.8e24 FLOPs"), accelerator-hours ("2.788M H800 GPU hours"), duration ("training
 * took six weeks", "over three weeks"), and the number of accelerators ("2,048 H800 GPUs", "万卡集群"). Chips
 * counted for sales, serving or inference are not a training cluster.
 */
final class TrainingRunRule implements QuantityClassifier {
    @Override
    public String attribute(NumberContext n) {
        SentenceAnnotation s = n.s();
        switch (n.q().unit()) {
            case FLOP:
                return Attributes.TRAINING_COMPUTE;
            case GPU_HOURS:
                return Attributes.TRAINING_GPU_HOURS;
            case SECONDS:
                if (Cues.USAGE.in(n.clause())) {
                    return null;
                }
                if (n.q().value() > 1e9 && s.has(Cues.HARDWARE_RUN)) {
                    // "2.788 million hours of training on 2,048 GPUs": centuries of wall-clock time are card-hours
                    return Attributes.TRAINING_GPU_HOURS;
                }
                if (s.has(Cues.TRAINING_STRICT)) {
                    return Attributes.TRAINING_DURATION;
                }
                return n.left().matches("(?s).*(?:took|for|in|over|lasted|耗时|用时) ?$") && s.has(Cues.TRAINING)
                        && s.has(Cues.HARDWARE_RUN) ? Attributes.TRAINING_DURATION : null;
            case ACCELERATORS:
                if (Cues.SALES.in(n.clause()) || n.q().value() < 2
                        || (Character.isLetter(s.t.charAt(n.q().start())) && (n.q().value() < 100 || n.q().low() != null))) {
                    // in words, only an exact count large enough for training ("about ten thousand of those
                    // cards"), not "eight cards" (a serving node) nor "thousands of accelerators" (vague)
                    return null;
                }
                if (s.has(Cues.INFERENCE_ONLY) && !s.has(Cues.TRAINING_STRICT)) {
                    return null;
                }
                return s.has(Cues.TRAINING) ? Attributes.TRAINING_ACCELERATORS : null;
            default:
                return null;
        }
    }
}
