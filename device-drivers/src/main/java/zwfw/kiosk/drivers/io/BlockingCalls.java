package zwfw.kiosk.drivers.io;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A check at the entry of every call that may block on a device, a disk database or the network.
 * An application with a thread that must never wait (a UI thread) declares it with
 * {@link #forbidOn}; a blocking call made on such a thread is then reported to the given consumer
 * (the application logs it; tests fail on it). Nothing happens until a policy is installed.
 */
public final class BlockingCalls {

    /** What kind of wait a call may cause. */
    public enum Kind { DEVICE, DATABASE, NETWORK }

    /** A blocking call made on a thread that must not wait: what, on which thread, and from where. */
    public record Violation(Kind kind, String call, String thread, StackTraceElement[] stack) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(kind + " call " + call + " on thread '" + thread + "'");
            for (StackTraceElement e : stack) {
                s.append("\n\tat ").append(e);
            }
            return s.toString();
        }
    }

    private record Policy(Predicate<Thread> forbidden, Consumer<Violation> report) {
    }

    private static final Policy NONE = new Policy(t -> false, v -> { });
    private static volatile Policy policy = NONE;

    private BlockingCalls() {
    }

    /** From now on, blocking calls on threads {@code forbidden} accepts are reported to {@code report}. */
    public static void forbidOn(Predicate<Thread> forbidden, Consumer<Violation> report) {
        policy = new Policy(Objects.requireNonNull(forbidden), Objects.requireNonNull(report));
    }

    /** Whether an application or a test has installed a policy. */
    public static boolean watching() {
        return policy != NONE;
    }

    /** Removes the policy: no thread is watched. */
    public static void allowEverywhere() {
        policy = NONE;
    }

    /** Called at the start of a call that may block; {@code call} names it (no personal data). */
    public static void check(Kind kind, String call) {
        Policy p = policy;
        Thread t = Thread.currentThread();
        if (p.forbidden().test(t)) {
            StackTraceElement[] stack = new Throwable().getStackTrace();
            StackTraceElement[] callers = java.util.Arrays.copyOfRange(stack, Math.min(1, stack.length), stack.length);
            p.report().accept(new Violation(kind, call, t.getName(), callers));
        }
    }
}
