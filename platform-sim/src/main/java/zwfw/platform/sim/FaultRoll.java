package zwfw.platform.sim;

import java.io.IOException;
import java.util.Random;

/** The fault dice for one kiosk request ({@link Faults}): what, if anything, goes wrong with it. */
final class FaultRoll {
    static final FaultRoll NONE = new FaultRoll(Faults.none(), 1, 1, 1, 1);

    private final Faults f;
    private final double error;
    private final double drop;
    private final double hang;
    private final double limit;

    private FaultRoll(Faults f, double error, double drop, double hang, double limit) {
        this.f = f;
        this.error = error;
        this.drop = drop;
        this.hang = hang;
        this.limit = limit;
    }

    /** Rolls the dice for a request to {@code path}; every request rolls, so a seed gives the same run. */
    static FaultRoll of(SimContext ctx, String path) {
        Faults all = ctx.faults();
        Random dice = ctx.dice();
        synchronized (dice) {
            return new FaultRoll(all.hits(path) ? all : Faults.none(), dice.nextDouble(), dice.nextDouble(),
                    dice.nextDouble(), dice.nextDouble());
        }
    }

    /** Whether the request is answered (503, 429) or dropped before it is processed. */
    boolean answersWithoutProcessing() {
        return drop < f.dropRate() / 2 || error < f.errorRate() || limit < f.rateLimitRate();
    }

    /** Throws the fault's answer: a dropped connection, 503 or 429 with Retry-After. */
    void answerWithoutProcessing() throws IOException {
        if (drop < f.dropRate() / 2) {
            throw new IOException("injected connection drop before processing");
        }
        if (error < f.errorRate()) {
            throw new ApiError(503, "UNAVAILABLE", "平台繁忙,请稍后再试 / injected server error");
        }
        throw new ApiError(429, "RATE_LIMITED", "请求过于频繁 / slow down", null, f.retryAfterSeconds());
    }

    /** The added latency and, for a hang, the stall (after the body is read, as a slow platform would). */
    void stall() {
        long ms = f.latencyMs() + (hang < f.hangRate() ? f.hangMs() : 0);
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The work is committed but the answer is lost: the client must retry idempotently. */
    void dropAfterProcessing() throws IOException {
        if (drop >= f.dropRate() / 2 && drop < f.dropRate()) {
            throw new IOException("injected connection drop after processing");
        }
    }
}
