package zwfw.platform.sim;

/** A non-2xx answer of the contract: status, error code, readable message and the field at fault. */
final class ApiError extends RuntimeException {
    final int status;
    final String code;
    final String field;
    final Integer retryAfterSeconds;

    ApiError(int status, String code, String message) {
        this(status, code, message, null, null);
    }

    ApiError(int status, String code, String message, String field) {
        this(status, code, message, field, null);
    }

    ApiError(int status, String code, String message, String field, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
