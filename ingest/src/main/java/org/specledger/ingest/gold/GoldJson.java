package org.specledger.ingest.gold;

import com.fasterxml.jackson.databind.JsonNode;

/** Gold-file values as Java values: the one reading of a JSON field both gold shapes share. */
final class GoldJson {
    private GoldJson() {
    }

    /** A Double for a number, a Boolean, a String for anything else; null when absent or null. */
    static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.asText();
    }

    static Double number(JsonNode v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }
}
