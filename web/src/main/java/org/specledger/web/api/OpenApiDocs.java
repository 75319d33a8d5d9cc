package org.specledger.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The OpenAPI document flattened into what the {@code /api/docs} page lists: operations, parameters, responses. */
public record OpenApiDocs(String title, String version, String description, List<Operation> operations) {

    /** One method on one path. */
    public record Operation(String method, String path, String summary, String description, List<Parameter> parameters,
                            List<Response> responses) {
    }

    /** A query or path parameter. */
    public record Parameter(String name, String in, boolean required, String type, String description) {
    }

    /** A response code and what it means. */
    public record Response(String code, String description, String contentTypes) {
    }

    public static OpenApiDocs parse(byte[] openapi) {
        JsonNode root;
        try {
            root = Responses.JSON.readTree(openapi);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json is not valid JSON", e);
        }
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode o = op.getValue();
                List<Parameter> params = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    JsonNode schema = p.path("schema");
                    String type = schema.has("enum") ? "one of " + join(schema.path("enum")) : schema.path("type").asText("");
                    params.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), type, p.path("description").asText("")));
                }
                List<Response> responses = new ArrayList<>();
                for (Map.Entry<String, JsonNode> r : o.path("responses").properties()) {
                    List<String> types = new ArrayList<>();
                    r.getValue().path("content").fieldNames().forEachRemaining(types::add);
                    responses.add(new Response(r.getKey(), r.getValue().path("description").asText(""),
                            String.join(", ", types)));
                }
                ops.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        o.path("summary").asText(""), o.path("description").asText(""), params, responses));
            }
        }
        JsonNode info = root.path("info");
        return new OpenApiDocs(info.path("title").asText("API"), info.path("version").asText(""),
                info.path("description").asText(""), ops);
    }

    private static String join(JsonNode array) {
        List<String> words = new ArrayList<>();
        array.forEach(n -> words.add(n.asText()));
        return String.join(", ", words);
    }
}
