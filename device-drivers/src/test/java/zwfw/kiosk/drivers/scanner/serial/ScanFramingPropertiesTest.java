package zwfw.kiosk.drivers.scanner.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;

/** Whatever bytes arrive, framing and decoding never throw, and nothing they accept breaks the rules. */
class ScanFramingPropertiesTest {

    @Property(tries = 300)
    void randomBytesNeverBreakTheFramerOrTheDecoder(@ForAll @Size(max = 3000) List<Byte> bytes,
                                                    @ForAll boolean gbk, @ForAll @IntRange(min = 1, max = 64) int maxLength,
                                                    @ForAll @IntRange(min = 1, max = 97) int chunk) {
        Charset cs = gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        ScanTextDecoder decoder = new ScanTextDecoder("", true, cs, maxLength);
        ScanFramer framer = new ScanFramer(Suffix.CR, decoder.maxFrameBytes());
        byte[] all = new byte[bytes.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = bytes.get(i);
        }
        List<ScanFramer.Frame> frames = new ArrayList<>();
        for (int i = 0; i < all.length; i += chunk) {
            frames.addAll(framer.feed(all, i, Math.min(chunk, all.length - i)));
        }
        ScanFramer.Frame last = framer.flush();
        if (last != null) {
            frames.add(last);
        }
        for (ScanFramer.Frame f : frames) {
            assertTrue(f.bytes().length <= decoder.maxFrameBytes());
            ScanTextDecoder.Result r = f.overlong() ? null : decoder.decode(f.bytes());
            if (r != null && r.accepted()) {
                assertTrue(r.text().codePointCount(0, r.text().length()) <= maxLength);
                assertTrue(r.text().chars().noneMatch(c -> c < 0x20 || c == 0x7F), "no control characters get through");
            }
        }
    }

    @Property(tries = 200)
    void codesSplitAnywhereComeOutWhole(@ForAll @Size(min = 1, max = 8) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 40) String> codes,
                                        @ForAll @IntRange(min = 1, max = 13) int chunk) {
        ScanTextDecoder decoder = new ScanTextDecoder("", false, StandardCharsets.UTF_8, 1024);
        ScanFramer framer = new ScanFramer(Suffix.CRLF, decoder.maxFrameBytes());
        byte[] wire = (String.join("\r\n", codes) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wire.length; i += chunk) {
            for (ScanFramer.Frame f : framer.feed(wire, i, Math.min(chunk, wire.length - i))) {
                out.add(decoder.decode(f.bytes()).text());
            }
        }
        assertEquals(codes, out);
    }
}
