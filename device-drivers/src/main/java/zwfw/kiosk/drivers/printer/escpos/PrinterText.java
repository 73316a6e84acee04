package zwfw.kiosk.drivers.printer.escpos;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;

/**
 * How text becomes bytes on one printer: GBK in Chinese mode (GB18030 where the profile says
 * four-byte codes print), plain ASCII on a printer without a Chinese font. Folds characters that
 * Java encodes badly for printers: {@code ¥} (U+00A5) is {@code ?} in GBK and four bytes in
 * GB18030, so it is sent as the full-width {@code ￥} (U+FFE5, GBK {@code A3 A4}).
 */
public final class PrinterText {
    private final Charset charset;

    private PrinterText(Charset charset) {
        this.charset = charset;
    }

    public static PrinterText forProfile(PrinterProfile profile) {
        if (!profile.chineseFont()) {
            return new PrinterText(StandardCharsets.US_ASCII);
        }
        return new PrinterText(Charset.forName(profile.gb18030FourByte() ? "GB18030" : "GBK"));
    }

    public Charset charset() {
        return charset;
    }

    /** Whether every character of {@code s} prints as text (else the line goes out as raster). */
    public boolean canPrint(String s) {
        return encoder().canEncode(fold(s));
    }

    /** The bytes of {@code s}; characters the printer lacks become {@code ?}. */
    public byte[] encode(String s) {
        CharsetEncoder enc = encoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'});
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(fold(s)));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacement encoding cannot fail", e);
        }
    }

    /** Replaces characters that have a printable equivalent in the printer's font. */
    static String fold(String s) {
        return s.replace('\u00A5', '\uFFE5');
    }

    private CharsetEncoder encoder() {
        return charset.newEncoder();
    }
}
