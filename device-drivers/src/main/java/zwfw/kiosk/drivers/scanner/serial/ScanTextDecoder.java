package zwfw.kiosk.drivers.scanner.serial;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Turns one framed code into text: removes the configured prefix and an AIM symbology identifier
 * ({@code ]} + letter + modifier, e.g. {@code ]Q1}), refuses control bytes, decodes strictly in the
 * configured charset and enforces the length limit. A refusal carries a reason word, never the bytes.
 */
final class ScanTextDecoder {
    static final String BINARY = "BINARY";
    static final String UNDECODABLE = "UNDECODABLE";
    static final String OVERLONG = "OVERLONG";
    static final String EMPTY = "EMPTY";

    /** Either text (with the AIM id, possibly empty) or a refusal reason. */
    record Result(String text, String symbology, String refusal) {
        boolean accepted() {
            return refusal == null;
        }
    }

    private final byte[] prefix;
    private final boolean stripAimId;
    private final Charset charset;
    private final int maxLength;

    ScanTextDecoder(String prefix, boolean stripAimId, Charset charset, int maxLength) {
        this.prefix = prefix.getBytes(charset);
        this.stripAimId = stripAimId;
        this.charset = charset;
        this.maxLength = maxLength;
    }

    Result decode(byte[] frame) {
        int start = 0;
        if (prefix.length > 0 && frame.length >= prefix.length
                && Arrays.equals(frame, 0, prefix.length, prefix, 0, prefix.length)) {
            start = prefix.length;
        }
        String symbology = "";
        if (stripAimId && frame.length - start >= 3 && frame[start] == ']' && isAsciiLetter(frame[start + 1])
                && isAsciiAlnum(frame[start + 2])) {
            symbology = new String(frame, start, 3, java.nio.charset.StandardCharsets.US_ASCII);
            start += 3;
        }
        if (start == frame.length) {
            return new Result(null, symbology, EMPTY);
        }
        for (int i = start; i < frame.length; i++) {
            int b = frame[i] & 0xFF;
            if (b < 0x20 || b == 0x7F) {
                return new Result(null, symbology, BINARY);
            }
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(frame, start, frame.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new Result(null, symbology, UNDECODABLE);
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return new Result(null, symbology, OVERLONG);
        }
        return new Result(text, symbology, null);
    }

    /** The most bytes a code of {@code maxLength} characters can take, with prefix and AIM id. */
    int maxFrameBytes() {
        // Four bytes cover one code point in UTF-8 and GBK alike.
        return (int) Math.min(Integer.MAX_VALUE - 8, (long) maxLength * 4 + prefix.length + 3);
    }

    private static boolean isAsciiLetter(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    private static boolean isAsciiAlnum(byte b) {
        return isAsciiLetter(b) || (b >= '0' && b <= '9');
    }
}
