package zwfw.kiosk.core.visit;

/**
 * Follows a visit's stream of changes. Called in order, on the thread that delivered the event,
 * while the visit holds its lock: return quickly and never block (hand work to another thread).
 */
@FunctionalInterface
public interface VisitListener {
    void changed(VisitChange change);
}
