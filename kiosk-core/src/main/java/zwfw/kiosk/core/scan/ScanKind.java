package zwfw.kiosk.core.scan;

/** What a scanned code means to the kiosk. */
public enum ScanKind {
    /** A receipt's query URL ({@code https://<platform>/q/<caseNo>}): look the case up. */
    CASE_QUERY,
    /** A receipt printed while offline ({@code zwfw://local-case?kiosk=…&ref=…}): a case still queued on a kiosk. */
    LOCAL_CASE,
    /** A platform login code from the citizen's phone ({@code zwfw://auth?token=…}): exchange the token. */
    LOGIN_TOKEN,
    /** An 18-character ID number with a valid GB 11643 check character. */
    ID_NUMBER,
    /** Anything else. */
    TEXT
}
