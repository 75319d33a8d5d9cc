package org.specledger.web.export;

import java.util.Locale;

/** The formats a fact sheet is exported in, with their media types. */
public enum FactSheetFormat {
    MD("text/markdown; charset=utf-8"),
    CSV("text/csv; charset=utf-8"),
    JSON("application/json"),
    PDF("application/pdf");

    private final String contentType;

    FactSheetFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The file extension, also the {@code format} parameter's word. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses md, csv, json or pdf (any case); throws IllegalArgumentException naming the allowed words. */
    public static FactSheetFormat parse(String s) {
        for (FactSheetFormat f : values()) {
            if (f.extension().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (expected md, csv, json or pdf)");
    }
}
