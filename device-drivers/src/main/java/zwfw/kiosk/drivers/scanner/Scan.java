package zwfw.kiosk.drivers.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * One code read: its text exactly as the scanner sent it (prefix and AIM identifier removed), the
 * AIM symbology identifier when the scanner sent one (e.g. {@code ]Q1} for QR), and when. The text
 * may hold personal data (an ID number), so {@link #toString()} shows only its length.
 */
public record Scan(String text, String symbology, Instant at) {

    public Scan {
        Objects.requireNonNull(text, "text");
        symbology = symbology == null ? "" : symbology;
        at = at == null ? Instant.now() : at;
    }

    public static Scan of(String text) {
        return new Scan(text, "", Instant.now());
    }

    @Override
    public String toString() {
        return "Scan[" + text.length() + " chars" + (symbology.isEmpty() ? "" : ", " + symbology) + "]";
    }
}
