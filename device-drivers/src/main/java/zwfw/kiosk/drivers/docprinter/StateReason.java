package zwfw.kiosk.drivers.docprinter;

import java.util.Locale;

/**
 * One IPP {@code printer-state-reasons} value split into its keyword and severity
 * (RFC 8011 §5.4.12: {@code -report}, {@code -warning}, {@code -error}; no suffix means error).
 */
public record StateReason(String keyword, Severity severity) {

    public enum Severity { REPORT, WARNING, ERROR }

    public static StateReason parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("-report")) {
            return new StateReason(v.substring(0, v.length() - 7), Severity.REPORT);
        }
        if (v.endsWith("-warning")) {
            return new StateReason(v.substring(0, v.length() - 8), Severity.WARNING);
        }
        if (v.endsWith("-error")) {
            return new StateReason(v.substring(0, v.length() - 6), Severity.ERROR);
        }
        return new StateReason(v, Severity.ERROR);
    }

    @Override
    public String toString() {
        return keyword + "-" + severity.name().toLowerCase(Locale.ROOT);
    }
}
