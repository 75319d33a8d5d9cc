package org.specledger.web.export;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.specledger.db.ClaimView;
import org.specledger.web.api.ApiJson;
import org.specledger.web.api.Responses;
import org.specledger.web.server.ServerContext;
import org.specledger.web.server.ApiException;
import org.specledger.web.sheet.SpecSheet;
import org.specledger.web.sheet.SpecSheets;

/** Registers the fact-sheet downloads and the bulk claim exports. */
public final class ExportRoutes {
    /** The API paths registered here (the OpenAPI test checks each is documented). */
    public static final List<String> API_PATHS = List.of("/api/models/{id}/factsheet", "/api/claims.jsonl",
            "/api/claims.csv");

    /** The CSV columns of /api/claims.csv: the claim object's fields in SPEC_SCHEMA order. */
    public static final List<String> CLAIM_COLUMNS = List.of("id", "model", "modelName", "attribute", "kind", "value", "low",
            "high", "precision", "unitText", "quote", "start", "end", "hedge", "attribution", "documentId", "url", "title",
            "publishedAt", "publisher");

    private ExportRoutes() {
    }

    public static void register(JavalinConfig config, ServerContext app, SpecSheets sheets) {
        config.routes.get("/api/models/{id}/factsheet", ctx -> {
            String f = ctx.queryParam("format");
            FactSheetFormat format;
            try {
                format = f == null || f.isBlank() ? FactSheetFormat.JSON : FactSheetFormat.parse(f);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
            sendSheet(ctx, sheets, format);
        });
        for (FactSheetFormat format : FactSheetFormat.values()) {
            config.routes.get("/models/{id}/factsheet." + format.extension(), ctx -> sendSheet(ctx, sheets, format));
        }
        config.routes.get("/api/claims.jsonl", ctx -> stream(ctx, app, "application/x-ndjson; charset=utf-8",
                "claims.jsonl", null, (w, c) -> {
                    w.write(Responses.JSON.writeValueAsString(ApiJson.claim(c)));
                    w.write('\n');
                }));
        config.routes.get("/api/claims.csv", ctx -> stream(ctx, app, "text/csv; charset=utf-8", "claims.csv",
                Csv.row(CLAIM_COLUMNS), (w, c) -> w.write(Csv.row(new ArrayList<>(ApiJson.claim(c).values())))));
    }

    private static void sendSheet(Context ctx, SpecSheets sheets, FactSheetFormat format) {
        String id = ctx.pathParam("id");
        SpecSheet sheet = sheets.find(id).orElseThrow(() -> ApiException.notFound("no model '" + id + "'"));
        ctx.header("Content-Disposition", "inline; filename=\"" + sheet.model().id() + "-factsheet."
                + format.extension() + "\"");
        // No ETag: every sheet states the moment it was made, so no two downloads are byte-identical.
        ctx.contentType(format.contentType()).result(FactSheets.render(sheet, format));
    }

    private interface RowWriter {
        void write(Writer w, ClaimView c) throws IOException;
    }

    /** Streams every live claim without holding them all in memory. */
    private static void stream(Context ctx, ServerContext app, String contentType, String filename, String header,
                               RowWriter rows) throws IOException {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        if (header != null) {
            w.write(header);
        }
        try {
            app.db().claims().forEachLive(c -> {
                try {
                    rows.write(w, c);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }
}
