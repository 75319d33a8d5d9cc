package org.specledger.web.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.specledger.db.ClaimView;
import org.specledger.db.FlagView;
import org.specledger.web.api.ApiJson;
import org.specledger.web.api.Responses;
import org.specledger.web.sheet.SheetModel;
import org.specledger.web.sheet.Spec;
import org.specledger.web.sheet.SpecSheet;
import org.specledger.web.sheet.Units;

/**
 * A journalist's fact sheet of one model in Markdown, CSV, JSON or PDF: each spec with its consensus value in
 * readable units, how many independent sources say so and how firmly, every claim with its quote, publisher,
 * date and URL, every flag with its reason, and when the sheet was made.
 */
public final class FactSheets {
    /** The CSV columns: one row per claim (row = claim) and one per flag (row = flag). */
    public static final List<String> CSV_HEADER = List.of("row", "model_id", "model", "attribute", "consensus",
            "independent_sources", "spec_hedge", "claim_id", "claim_value", "claim_hedge", "quote", "publisher",
            "published_at", "url", "flag_id", "flag_kind", "reason", "generated_at", "claim_attribution");

    private FactSheets() {
    }

    public static byte[] render(SpecSheet sheet, FactSheetFormat format) {
        return switch (format) {
            case MD -> markdown(sheet).getBytes(StandardCharsets.UTF_8);
            case CSV -> csv(sheet).getBytes(StandardCharsets.UTF_8);
            case JSON -> json(sheet).getBytes(StandardCharsets.UTF_8);
            case PDF -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfFactSheet.render(sheet, out);
                yield out.toByteArray();
            }
        };
    }

    /** The same object as {@code GET /api/models/{id}} with the time it was made, pretty-printed. */
    public static String json(SpecSheet sheet) {
        try {
            return Responses.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ApiJson.sheet(sheet, true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static String csv(SpecSheet sheet) {
        StringBuilder sb = new StringBuilder(Csv.row(CSV_HEADER));
        SheetModel m = sheet.model();
        for (Spec s : sheet.specs()) {
            for (ClaimView c : s.claims()) {
                sb.append(Csv.row(java.util.Arrays.asList("claim", m.id(), m.name(), s.attribute(),
                        s.consensus().display(), s.independentSources(), s.hedge(), c.claim().id(),
                        Units.format(c.claim()), c.claim().hedge().json(), c.claim().quote(), c.publisher(),
                        c.publishedAt(), c.url(), null, null, null, sheet.generatedAt(), c.claim().attribution().json())));
            }
        }
        for (FlagView f : sheet.flags()) {
            sb.append(Csv.row(java.util.Arrays.asList("flag", m.id(), m.name(), f.flag().attribute(), null, null, null,
                    f.flag().claimIds().stream().map(String::valueOf).collect(Collectors.joining(" ")), null, null,
                    null, null, f.createdAt(), null, f.flag().id(), f.flag().kind().json(), f.flag().reason(),
                    sheet.generatedAt(), null)));
        }
        return sb.toString();
    }

    public static String markdown(SpecSheet sheet) {
        SheetModel m = sheet.model();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Markdown.text(m.name())).append(" — fact sheet\n\n");
        List<String> about = new ArrayList<>();
        if (m.organization() != null) {
            about.add("Organization: " + Markdown.text(m.organization()));
        }
        if (!m.aliases().isEmpty()) {
            about.add("Also called: " + Markdown.text(String.join(", ", m.aliases())));
        }
        if (m.family() != null) {
            about.add("Family: " + Markdown.text(m.family()) + (m.variants().isEmpty() ? "" : " (other variants: "
                    + Markdown.text(m.variants().stream().map(SheetModel.Variant::name).collect(Collectors.joining(", ")))
                    + ")"));
        }
        for (String line : about) {
            sb.append(line).append("  \n");
        }
        sb.append("Sheet made ").append(sheet.generatedAt()).append(" by SpecLedger.\n\n");

        sb.append("## Specs\n\n");
        if (sheet.specs().isEmpty()) {
            sb.append("No claims recorded.\n\n");
        } else {
            sb.append("| Attribute | Value | Independent sources | Hedge | Claims | Flags |\n|---|---|---|---|---|---|\n");
            for (Spec s : sheet.specs()) {
                sb.append("| ").append(Markdown.text(s.attribute())).append(" | ")
                        .append(Markdown.text(s.consensus().display()))
                        .append(s.consensus().derived() ? " (most common claim)" : "").append(" | ")
                        .append(s.independentSources()).append(" | ").append(Markdown.text(s.hedge())).append(" | ")
                        .append(s.claims().size()).append(" | ").append(s.flags().size()).append(" |\n");
            }
            sb.append('\n');
        }

        sb.append("## Evidence\n\n");
        for (Spec s : sheet.specs()) {
            sb.append("### ").append(Markdown.text(s.attribute())).append(": ")
                    .append(Markdown.text(s.consensus().display())).append("\n\n");
            for (ClaimView c : s.claims()) {
                sb.append("- ").append(Markdown.text(Units.format(c.claim()))).append(" (")
                        .append(c.claim().hedge().json())
                        .append(org.specledger.web.pages.ClaimText.attribution(c.claim()).isEmpty() ? ""
                                : "; " + org.specledger.web.pages.ClaimText.attribution(c.claim())).append(") — “").append(Markdown.text(c.claim().quote()))
                        .append("” — ").append(Markdown.text(c.publisher() == null ? "unknown publisher" : c.publisher()))
                        .append(", ").append(Markdown.text(c.publishedAt() == null ? "undated" : c.publishedAt()))
                        .append(", ").append(Markdown.link(c.url())).append('\n');
            }
            sb.append('\n');
        }

        sb.append("## Flags\n\n");
        if (sheet.flags().isEmpty()) {
            sb.append("No flags.\n");
        }
        for (FlagView f : sheet.flags()) {
            sb.append("- **").append(f.flag().kind().json()).append("**")
                    .append(f.flag().attribute() == null ? "" : " on " + Markdown.text(f.flag().attribute()))
                    .append(": ").append(Markdown.text(f.flag().reason())).append(" (claims ")
                    .append(f.flag().claimIds().stream().map(id -> "\\#" + id).collect(Collectors.joining(", ")))
                    .append(")\n");
        }
        return sb.toString();
    }
}
