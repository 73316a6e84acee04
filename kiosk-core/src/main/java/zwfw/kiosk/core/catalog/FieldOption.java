package zwfw.kiosk.core.catalog;

/** One choice of a {@code select} field. */
public record FieldOption(String value, LocalizedText label) {
}
