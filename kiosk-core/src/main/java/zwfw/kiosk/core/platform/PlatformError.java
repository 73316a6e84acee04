package zwfw.kiosk.core.platform;

import java.time.Duration;

/**
 * Why a call to the platform did not succeed, classified by the retry table of section 2.
 *
 * @param kind       the class of failure (what to do about it)
 * @param status     the HTTP status, 0 when there was no answer
 * @param code       the platform's error code (e.g. {@code VALIDATION_FAILED}), or a local one for network faults
 * @param message    the platform's human readable message (Chinese or English), never personal data from us
 * @param field      the field at fault, or null
 * @param retryAfter the wait asked by a 429, or null
 */
public record PlatformError(Kind kind, int status, String code, String message, String field, Duration retryAfter) {

    /** What the client does about a failure (section 2). */
    public enum Decision {
        /** 429: wait {@code retryAfter} and send again. */
        RETRY_AFTER,
        /** 5xx, timeouts, connection failures: exponential backoff with jitter, forever. */
        BACKOFF,
        /** 400, 404, 422: do not retry; the case is rejected locally and the message shown. */
        REJECT,
        /** 401, 403: do not retry this request; raise an operator alert; keep the case queued. */
        HOLD,
        /** 409: do not retry; operator alert. */
        CONFLICT
    }

    public enum Kind {
        INVALID(Decision.REJECT, "platform.error.invalid", "提交的信息有误", "Some information is not valid"),
        UNAUTHORIZED(Decision.HOLD, "platform.error.unauthorized", "终端认证失败,请联系工作人员", "This kiosk could not sign in; please ask staff"),
        KIOSK_DISABLED(Decision.HOLD, "platform.error.kioskDisabled", "本终端已暂停服务", "This kiosk is switched off centrally"),
        NOT_FOUND(Decision.REJECT, "platform.error.notFound", "未找到相关记录", "Not found"),
        CONFLICT(Decision.CONFLICT, "platform.error.conflict", "提交内容冲突,请联系工作人员", "Conflicting submission; please ask staff"),
        SERVICE_UNAVAILABLE(Decision.REJECT, "platform.error.serviceUnavailable", "该事项暂不可办理", "This service is not available"),
        RATE_LIMITED(Decision.RETRY_AFTER, "platform.error.rateLimited", "平台繁忙,稍后自动重试", "The platform is busy; retrying shortly"),
        SERVER(Decision.BACKOFF, "platform.error.server", "平台暂时无法处理,稍后自动重试", "The platform is having trouble; retrying later"),
        NETWORK(Decision.BACKOFF, "platform.error.network", "网络暂时不通,稍后自动重试", "No connection to the platform; retrying later");

        private final Decision decision;
        private final String messageKey;
        private final String zh;
        private final String en;

        Kind(Decision decision, String messageKey, String zh, String en) {
            this.decision = decision;
            this.messageKey = messageKey;
            this.zh = zh;
            this.en = en;
        }

        public Decision decision() {
            return decision;
        }

        /** A key for the UI's message bundle. */
        public String messageKey() {
            return messageKey;
        }

        public String plainChinese() {
            return zh;
        }

        public String plainEnglish() {
            return en;
        }
    }

    public Decision decision() {
        return kind.decision();
    }

    /** Classifies an HTTP answer that was not 2xx. */
    public static PlatformError fromStatus(int status, String code, String message, String field, Duration retryAfter) {
        Kind kind;
        if (status == 400) {
            kind = Kind.INVALID;
        } else if (status == 401) {
            kind = Kind.UNAUTHORIZED;
        } else if (status == 403) {
            kind = Kind.KIOSK_DISABLED;
        } else if (status == 404) {
            kind = Kind.NOT_FOUND;
        } else if (status == 409) {
            kind = Kind.CONFLICT;
        } else if (status == 422) {
            kind = Kind.SERVICE_UNAVAILABLE;
        } else if (status == 429) {
            kind = Kind.RATE_LIMITED;
        } else if (status >= 500) {
            kind = Kind.SERVER;
        } else if (status >= 400) {
            kind = Kind.INVALID; // other 4xx: the request itself is wrong; retrying cannot help
        } else {
            kind = Kind.SERVER; // 1xx/3xx where none is expected: treat as a platform fault
        }
        return new PlatformError(kind, status, code, message, field, retryAfter);
    }

    public static PlatformError network(String what) {
        return new PlatformError(Kind.NETWORK, 0, "NETWORK", what, null, null);
    }

    /** One line for staff views and logs: status, code, field; the platform's message may hold form text, so it is left out. */
    public String summary() {
        return (status == 0 ? "" : status + " ") + code + (field == null ? "" : " (" + field + ")")
                + (kind == Kind.NETWORK ? ": " + message : "");
    }
}
