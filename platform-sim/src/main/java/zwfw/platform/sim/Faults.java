package zwfw.platform.sim;

import java.util.Locale;

/**
 * Faults the simulator injects into the kiosk API (never into /admin): parsed from
 * {@code --faults error=0.2,latency=50,drop=0.1,hang=0.05,hangMs=3000,429=0.1,retryAfter=1,disabled,seed=7,path=/api/v1/cases}.
 *
 * @param errorRate       share of requests answered 503 before any processing
 * @param latencyMs       added to every request
 * @param dropRate        share of requests whose connection is closed without an answer (half before, half after processing)
 * @param hangRate        share of requests that stall {@code hangMs} before being processed (client timeouts)
 * @param hangMs          how long a hang lasts
 * @param rateLimitRate   share of requests answered 429 with Retry-After
 * @param retryAfterSeconds the Retry-After value
 * @param kioskDisabled   every request answers 403 KIOSK_DISABLED
 * @param seed            seed of the fault dice (deterministic runs)
 * @param pathPrefix      faults hit only requests whose path starts with this (e.g. {@code /api/v1/cases}, so
 *                        heartbeats pass while cases fail); empty: every kiosk request
 */
public record Faults(double errorRate, long latencyMs, double dropRate, double hangRate, long hangMs,
                     double rateLimitRate, int retryAfterSeconds, boolean kioskDisabled, long seed, String pathPrefix) {

    public Faults {
        pathPrefix = pathPrefix == null ? "" : pathPrefix;
    }

    /** Whether these faults hit a request for {@code path}. */
    public boolean hits(String path) {
        return path.startsWith(pathPrefix);
    }

    public static Faults none() {
        return new Faults(0, 0, 0, 0, 3000, 0, 1, false, 1, "");
    }

    public static Faults parse(String spec) {
        Faults f = none();
        if (spec == null || spec.isBlank() || spec.equals("none")) {
            return f;
        }
        double error = f.errorRate, drop = f.dropRate, hang = f.hangRate, limit = f.rateLimitRate;
        long latency = f.latencyMs, hangMs = f.hangMs, seed = f.seed;
        int retryAfter = f.retryAfterSeconds;
        boolean disabled = false;
        String pathPrefix = "";
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String key = p.contains("=") ? p.substring(0, p.indexOf('=')).trim().toLowerCase(Locale.ROOT) : p.toLowerCase(Locale.ROOT);
            String value = p.contains("=") ? p.substring(p.indexOf('=') + 1).trim() : "true";
            try {
                switch (key) {
                    case "error", "errors", "5xx" -> error = rate(value);
                    case "latency", "latencyms" -> latency = Long.parseLong(value);
                    case "drop", "drops", "reset" -> drop = rate(value);
                    case "hang", "timeout" -> hang = rate(value);
                    case "hangms" -> hangMs = Long.parseLong(value);
                    case "429", "ratelimit" -> limit = rate(value);
                    case "retryafter" -> retryAfter = Integer.parseInt(value);
                    case "disabled", "kiosk_disabled" -> disabled = Boolean.parseBoolean(value);
                    case "seed" -> seed = Long.parseLong(value);
                    case "path" -> pathPrefix = value;
                    default -> throw new IllegalArgumentException("unknown fault '" + key + "'");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault '" + key + "' needs a number, got '" + value + "'");
            }
        }
        return new Faults(error, latency, drop, hang, hangMs, limit, retryAfter, disabled, seed, pathPrefix);
    }

    private static double rate(String v) {
        double d = Double.parseDouble(v);
        if (d < 0 || d > 1) {
            throw new IllegalArgumentException("a fault rate is between 0 and 1, got " + v);
        }
        return d;
    }
}
