package org.specledger.web.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.specledger.web.security.SecurityHeaders;

/**
 * The errors Jetty answers itself, before any route (a malformed request line 400, a URI too long 414, headers too
 * large 431): the site's error shape with its security headers, {@code {"error": {"code", "message"}}} for the API
 * (it was Jetty's own HTML page in ISO-8859-1, without the headers).
 */
final class JettyErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        // A request line Jetty cannot read (too long, bad escapes) comes as "/badMessage", its real path unknown:
        // such requests come from programs far more often than from a browser, so they get the API's shape.
        boolean api = path == null || path.isEmpty() || path.equals("/badMessage") || isApi(path);
        SecurityHeaders.HEADERS.forEach((k, v) -> response.getHeaders().put(k, v));
        String reason = HttpStatus.getMessage(code);
        String text = message == null || message.isBlank() ? reason : message;
        byte[] body = api ? json(code(code), text) : html(code, text);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json" : "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/openapi.json");
    }

    /** Writes an error through the servlet API (the method filter's 405). */
    static void write(HttpServletResponse res, int status, String code, String message, boolean api) throws IOException {
        byte[] body = api ? json(code, message) : html(status, message);
        res.setStatus(status);
        res.setContentType(api ? "application/json" : "text/html; charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        };
    }

    private static byte[] json(String code, String message) {
        try {
            return JSON.writeValueAsBytes(Map.of("error", Map.of("code", code, "message", message)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] html(int status, String message) {
        String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + status
                + " · SpecLedger</title></head><body><h1>Error " + status + "</h1><p>" + escaped
                + "</p><p><a href=\"/\">Search</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
