package zwfw.kiosk.drivers.scanner.image;

import java.util.Objects;

/** One code found in an image: its format as ZXing names it ({@code QR_CODE}, {@code CODE_128} …) and its text. */
public record DecodedCode(String format, String text) {

    public DecodedCode {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "DecodedCode[" + format + ", " + text.length() + " chars]";
    }
}
