package zwfw.platform.sim;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many MiB of large request bodies are read and processed at once. A body over
 * {@link HttpLimits#LARGE_BODY_BYTES} reserves its size (whole MiB, rounded up) before it is read and keeps the
 * reservation until its answer is sent; a body that cannot get it within {@link HttpLimits#BUDGET_WAIT_MS} is answered
 * 503 (the client retries later). A body larger than the whole budget takes all of it, so a budget below 72 MiB
 * still lets a maximal body through, alone. Small bodies need no reservation: the server's 16 threads bound them.
 */
final class BodyBudget {
    private final int totalMiB;
    private final Semaphore free;
    private final AtomicInteger inUse = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    BodyBudget(int totalMiB) {
        if (totalMiB < 2) {
            throw new IllegalArgumentException("the large-body budget is at least 2 MiB, got " + totalMiB);
        }
        this.totalMiB = totalMiB;
        this.free = new Semaphore(totalMiB, true);
    }

    /** A reservation; closing it gives the MiB back. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    static final Reservation NONE = () -> { };

    /** Reserves room for a body of {@code bytes}, waiting briefly; throws the 503 answer when the budget stays full. */
    Reservation reserve(long bytes) {
        if (bytes <= HttpLimits.LARGE_BODY_BYTES) {
            return NONE;
        }
        int n = Math.min(mib(bytes), totalMiB);
        try {
            if (!free.tryAcquire(n, HttpLimits.BUDGET_WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new ApiError(503, "UNAVAILABLE", "平台繁忙,请稍后再试 / too many large requests at once", null, 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "UNAVAILABLE", "平台正在停止 / shutting down", null, 1);
        }
        peak.accumulateAndGet(inUse.addAndGet(n), Math::max);
        return new Reservation() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    inUse.addAndGet(-n);
                    free.release(n);
                }
            }
        };
    }

    /** The most MiB ever reserved at once (tests and benchmarks). */
    int peakMiB() {
        return peak.get();
    }

    int totalMiB() {
        return totalMiB;
    }

    static int mib(long bytes) {
        return (int) ((bytes + (1L << 20) - 1) >> 20);
    }
}
