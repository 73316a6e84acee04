package zwfw.kiosk.core.identity;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.kiosk.core.platform.PlatformResult;
import zwfw.kiosk.core.platform.Person;

/**
 * Identity by QR code (section 7): the scanned text {@code zwfw://auth?token=TOKEN} is exchanged
 * with the platform for the citizen's identity. Tokens are single use, so an exchange is never retried.
 */
public final class QrLogin {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    /** The outcome the identify screen shows. */
    public sealed interface Outcome {
        /** The platform vouched for this person. */
        record Identified(Person person) implements Outcome {
        }

        /** Not a kiosk login code, or the platform says it is unknown, used or expired. */
        record NotAccepted(String messageKey) implements Outcome {
        }

        /** The platform could not be asked; {@code error} says why in plain words. */
        record Unavailable(PlatformError error) implements Outcome {
        }
    }

    private final PlatformClient client;

    public QrLogin(PlatformClient client) {
        this.client = client;
    }

    /** The token in a scanned text, when it is a well-formed {@code zwfw://auth} code. */
    public static Optional<String> tokenOf(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(scanned.trim());
            if (!"zwfw".equals(uri.getScheme()) || !"auth".equals(uri.getHost()) || uri.getRawQuery() == null) {
                return Optional.empty();
            }
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.startsWith("token=")) {
                    String token = pair.substring("token=".length());
                    return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    public Outcome exchange(String scanned) {
        Optional<String> token = tokenOf(scanned);
        if (token.isEmpty()) {
            return new Outcome.NotAccepted("identity.qr.notLoginCode");
        }
        PlatformResult<Person> r = client.exchangeQrToken(token.get());
        if (r instanceof PlatformResult.Ok<Person> ok) {
            return new Outcome.Identified(ok.value());
        }
        PlatformError e = r.error();
        if (e.status() == 404) {
            return new Outcome.NotAccepted("identity.qr.tokenInvalid");
        }
        return new Outcome.Unavailable(e);
    }
}
