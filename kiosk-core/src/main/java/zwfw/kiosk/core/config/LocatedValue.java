package zwfw.kiosk.core.config;

/** A value read from a file or the environment, with where it came from (for error messages). */
record LocatedValue(Object value, String source, int line) {
}
