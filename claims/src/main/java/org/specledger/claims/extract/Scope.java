package org.specledger.claims.extract;

import java.util.regex.Pattern;

/**
 * What the ledger records: claims about the models it follows (Chinese and other open models first of all), not
 * about the reference models reports compare them with (GPT, Llama, Claude, Gemini, Mistral, Grok, o1/o3). A
 * reference model still owns its clause, so its figures never fall to the model the report is about; they are
 * simply not recorded (claims-real's gold convention: "neither claims nor traps").
 */
final class Scope {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)^(?:gpt|llama|claude|gemini|mistral|mixtral|grok|o[134](?:-|$)|chatgpt|palm|bard)");

    private Scope() {
    }

    static boolean isReference(String modelName) {
        return REFERENCE.matcher(modelName).find();
    }
}
