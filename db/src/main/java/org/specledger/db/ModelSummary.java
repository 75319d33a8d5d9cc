package org.specledger.db;

import java.util.List;

/** A model as listings show it (SPEC_SCHEMA.md, GET /api/models). */
public record ModelSummary(String id, String name, String organization, String family, List<String> aliases,
                           int claimCount, int flagCount) {
}
