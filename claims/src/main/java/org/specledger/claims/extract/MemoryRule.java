package org.specledger.claims.extract;

import org.specledger.claims.Attributes;
import org.specledger.claims.numbers.Unit;

/** Memory per accelerator: "each card carries 96 GB of HBM", "单卡显存64GB"; not memory sold or shipped. */
final class MemoryRule implements QuantityClassifier {
    @Override
    public String attribute(NumberContext n) {
        // a chip's memory said in a sentence naming no model is about the chip, not a model's training run
        return n.q().unit() == Unit.BYTES && n.s().has(Cues.MEMORY) && !Cues.SALES.in(n.clause())
                && !n.s().mentions.isEmpty() ? Attributes.MEMORY_PER_ACCELERATOR : null;
    }
}
