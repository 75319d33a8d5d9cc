package org.specledger.web.server;

/**
 * An HTTP outcome other than success, mapped once to {@code {"error": {"code", "message"}}} for the API and to
 * an error page for HTML routes.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException unprocessable(String message) {
        return new ApiException(422, "unprocessable", message);
    }
}
