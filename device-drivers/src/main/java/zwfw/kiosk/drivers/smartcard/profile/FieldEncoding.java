package zwfw.kiosk.drivers.smartcard.profile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** How a record's value bytes become text. Decoding never guesses: bad bytes are a named error. */
public enum FieldEncoding {
    /** GBK text padded with spaces, 0x00 or 0xFF (Chinese names on cards). */
    GBK,
    /** ASCII text padded the same way (numbers, card ids). */
    ASCII,
    /** Packed BCD digits, two per byte ({@code 0x33 0x03} → {@code "3303"}); a trailing F nibble is padding. */
    BCD,
    /** A packed BCD date {@code YYYYMMDD} in 4 bytes, returned as {@code YYYY-MM-DD}. */
    BCD_DATE,
    /** The bytes as upper-case hex, for values without a text form. */
    HEX;

    /** Decodes a value; throws {@link IllegalArgumentException} naming the problem (never the value). */
    public String decode(byte[] value) {
        return switch (this) {
            case GBK -> text(value, Charset.forName("GBK"));
            case ASCII -> text(value, StandardCharsets.US_ASCII);
            case BCD -> bcd(value);
            case BCD_DATE -> bcdDate(value);
            case HEX -> HexFormat.of().withUpperCase().formatHex(value);
        };
    }

    private static String text(byte[] value, Charset charset) {
        int end = value.length;
        while (end > 0 && (value[end - 1] == 0x20 || value[end - 1] == 0x00 || value[end - 1] == (byte) 0xFF)) {
            end--;
        }
        try {
            String s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value, 0, end)).toString();
            for (int i = 0; i < s.length(); i++) {
                if (Character.isISOControl(s.charAt(i))) {
                    throw new IllegalArgumentException("control character in " + charset.name() + " text");
                }
            }
            return s.strip();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("bytes are not valid " + charset.name() + " text");
        }
    }

    private static String bcd(byte[] value) {
        int[] nibbles = new int[value.length * 2];
        for (int i = 0; i < value.length; i++) {
            nibbles[2 * i] = (value[i] >> 4) & 0x0F;
            nibbles[2 * i + 1] = value[i] & 0x0F;
        }
        StringBuilder sb = new StringBuilder(nibbles.length);
        for (int i = 0; i < nibbles.length; i++) {
            if (nibbles[i] == 0x0F) {
                // F pads the end of an odd-length number; an F followed by a digit is not BCD.
                for (int j = i; j < nibbles.length; j++) {
                    if (nibbles[j] != 0x0F) {
                        throw new IllegalArgumentException("not BCD: padding before a digit");
                    }
                }
                break;
            }
            if (nibbles[i] > 9) {
                throw new IllegalArgumentException("not a BCD digit: nibble " + Integer.toHexString(nibbles[i]).toUpperCase());
            }
            sb.append((char) ('0' + nibbles[i]));
        }
        return sb.toString();
    }

    private static String bcdDate(byte[] value) {
        if (value.length != 4) {
            throw new IllegalArgumentException("a BCD date has 4 bytes, not " + value.length);
        }
        String d = bcd(value);
        if (d.length() != 8) {
            throw new IllegalArgumentException("a BCD date has 8 digits");
        }
        try {
            return java.time.LocalDate.parse(d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6)).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("BCD date is not a calendar date");
        }
    }
}
