package zwfw.kiosk.core.devicehealth;

import java.time.Instant;

/**
 * One device's counters since the kiosk started, and its paper roll (kept across restarts): what the
 * maintenance screen, the metrics and the diagnostics bundle read. No personal data: an error's
 * message is the driver's, masked again before it is kept.
 *
 * @param reads      cards read and codes scanned
 * @param prints     receipts and pages printed
 * @param failures   errors the device reported and prints that failed
 * @param reconnects times it came back after being offline or in error
 * @param lastError  the last error's code and message, or empty
 * @param lastErrorAt when it happened, or null
 * @param paperRoll  prints since the paper roll was last reset (receipt printers; 0 for the rest)
 */
public record DeviceCount(String deviceId, long reads, long prints, long failures, long reconnects,
                          String lastError, Instant lastErrorAt, long paperRoll) {
}
