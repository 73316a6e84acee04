package zwfw.kiosk.core.availability;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The reasons that hold now. The kiosk is in service only when none does; the one shown is the
 * first in {@link OutOfServiceReason}'s order. Thread-safe; each change says whether it changed.
 */
public final class ServiceState {
    private final EnumSet<OutOfServiceReason> holding = EnumSet.noneOf(OutOfServiceReason.class);

    /** Adds {@code reason}; true if it was not held before. */
    public synchronized boolean hold(OutOfServiceReason reason) {
        return holding.add(reason);
    }

    /** Removes {@code reason} only; the others keep holding. True if it was held. */
    public synchronized boolean release(OutOfServiceReason reason) {
        return holding.remove(reason);
    }

    /** Holds or releases {@code reason}; true if that changed anything. */
    public synchronized boolean set(OutOfServiceReason reason, boolean held) {
        return held ? hold(reason) : release(reason);
    }

    public synchronized boolean inService() {
        return holding.isEmpty();
    }

    /** The reason to show: the first that holds in precedence order. */
    public synchronized Optional<OutOfServiceReason> shown() {
        return holding.stream().findFirst(); // EnumSet iterates in declaration order
    }

    /** Every reason that holds, in precedence order. */
    public synchronized Set<OutOfServiceReason> reasons() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(holding)); // in precedence order
    }

    @Override
    public synchronized String toString() {
        return holding.isEmpty() ? "in service" : "out of service " + holding;
    }
}
