package zwfw.kiosk.core.usage.report;

/** Whose report it is and when it was made: the centre, the kiosk, the time (configured zone, ISO-8601). */
public record ReportHeading(String centre, String kioskId, String kioskName, String generatedAt) {
}
