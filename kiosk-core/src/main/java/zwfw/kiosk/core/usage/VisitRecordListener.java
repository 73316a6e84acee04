package zwfw.kiosk.core.usage;

/**
 * Hears what the usage store is told of visits: each start, and each finished visit's
 * {@link VisitRecord}. The metrics count from it, so they use the usage's very categories.
 */
public interface VisitRecordListener {
    /** A visit began (a touch or a card on the attract screen). */
    default void visitStarted() {
    }

    /** A visit ended; the record the usage store keeps of it. */
    void visitFinished(VisitRecord record);
}
