package zwfw.kiosk.drivers.transport;

/**
 * How long to wait between attempts to reach a device again: {@code initialMillis}, growing by
 * {@code factor} per failed attempt up to {@code maxMillis}. A small maximum (1 s by default) keeps
 * a replugged device back within the 3 s target while costing one failed open per second.
 */
public record Backoff(long initialMillis, long maxMillis, double factor) {

    public static final Backoff DEFAULT = new Backoff(100, 1000, 2.0);

    public Backoff {
        if (initialMillis <= 0 || maxMillis < initialMillis || factor < 1.0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and factor >= 1");
        }
    }

    /** The wait before attempt {@code n + 1} after {@code n} failures in a row (n ≥ 1). */
    public long delayAfter(int failures) {
        double d = initialMillis * Math.pow(factor, Math.max(0, failures - 1));
        return (long) Math.min(maxMillis, d);
    }
}
