package zwfw.kiosk.core.audit;

/** What staff did, as the audit log records it. */
public enum AuditAction {
    ENTRY,
    PIN_FAILED,
    SETTING_CHANGED,
    TEST,
    LOCK,
    UNLOCK,
    STAFF_ADDED,
    STAFF_REMOVED,
    STAFF_PIN_RESET,
    /** A diagnostics bundle was saved (where, in the detail). */
    DIAGNOSTICS_BUNDLE
}
