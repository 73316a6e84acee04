package zwfw.kiosk.drivers.idcard.sam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The streaming decoder against random bytes, mutated frames and noise, fed in random pieces. */
class SamFrameDecoderProperties {

    @Test
    void theReferenceExamplesEncodeAsDocumented() {
        assertArrayEquals(hex("AAAAAA9669 0003 2001 22"), SamFrames.request(SamCommand.FIND_CARD));
        assertArrayEquals(hex("AAAAAA9669 0003 2002 21"), SamFrames.request(SamCommand.SELECT_CARD));
        assertArrayEquals(hex("AAAAAA9669 0003 3001 32"), SamFrames.request(SamCommand.READ_TEXT_PHOTO));
        assertArrayEquals(hex("AAAAAA9669 0003 10FF EC"), SamFrames.request(SamCommand.RESET_SAM));
        assertArrayEquals(hex("AAAAAA9669 0008 00009F 00000000 97"), SamFrames.reply(0, 0, 0x9F, new byte[4]));
        assertArrayEquals(hex("AAAAAA9669 0004 000080 84"), SamFrames.reply(0, 0, 0x80, new byte[0]));
    }

    @Test
    void aFullTextAndPhotoReplyIs1295BytesWithLen0508() {
        byte[] f = SamFrames.reply(0, 0, 0x90, new byte[4 + 256 + 1024]);
        assertEquals(1295, f.length);
        assertEquals(0x05, f[5]);
        assertEquals(0x08, f[6]);
        SamReply r = SamReply.parse(new SamFrameDecoder().feed(f).get(0));
        assertEquals(SamStatus.SUCCESS, r.status());
        assertEquals(1284, r.data().length);
    }

    @Property(tries = 300)
    void randomBytesNeverThrowAndNeverGrowTheBufferWithoutBound(@ForAll @Size(max = 6000) byte[] bytes,
                                                                @ForAll @IntRange(min = 1, max = 700) int piece) {
        SamFrameDecoder d = new SamFrameDecoder();
        for (byte[] payload : feedInPieces(d, bytes, piece)) {
            assertTrue(payload.length >= 2 && payload.length < SamFrames.MAX_LEN);
        }
        assertTrue(d.pending() <= SamFrames.MAX_LEN + 7 + piece);
    }

    @Property(tries = 300)
    void mutatedFramesNeverThrowAndAnyFrameFoundChecksOut(@ForAll("payloads") byte[] payload,
                                                         @ForAll @IntRange(min = 0, max = 2000) int position,
                                                         @ForAll byte value,
                                                         @ForAll @IntRange(min = 0, max = 3) int mutation,
                                                         @ForAll @IntRange(min = 1, max = 64) int piece) {
        byte[] frame = SamFrames.frame(payload);
        int at = position % frame.length;
        byte[] mutated = switch (mutation) {
            case 0 -> { // change one byte
                byte[] m = frame.clone();
                m[at] = value;
                yield m;
            }
            case 1 -> Arrays.copyOf(frame, at); // truncate
            case 2 -> { // drop one byte
                byte[] m = new byte[frame.length - 1];
                System.arraycopy(frame, 0, m, 0, at);
                System.arraycopy(frame, at + 1, m, at, frame.length - at - 1);
                yield m;
            }
            default -> { // insert one byte
                byte[] m = new byte[frame.length + 1];
                System.arraycopy(frame, 0, m, 0, at);
                m[at] = value;
                System.arraycopy(frame, at, m, at + 1, frame.length - at);
                yield m;
            }
        };
        SamFrameDecoder d = new SamFrameDecoder();
        for (byte[] found : feedInPieces(d, mutated, piece)) {
            // Whatever survives must be a well-formed frame: re-framing it gives the same bytes back.
            byte[] again = SamFrames.frame(found);
            assertTrue(indexOf(mutated, again) >= 0);
        }
    }

    @Property(tries = 300)
    void validFramesAfterNoiseAreAllFound(@ForAll @Size(max = 300) byte[] noise,
                                          @ForAll("payloadLists") List<byte[]> payloads,
                                          @ForAll @IntRange(min = 1, max = 200) int piece) {
        byte[] stream = noise;
        for (byte[] p : payloads) {
            stream = concat(stream, SamFrames.frame(p));
        }
        SamFrameDecoder d = new SamFrameDecoder();
        List<byte[]> found = feedInPieces(d, stream, piece);
        List<byte[]> tail = found.subList(Math.max(0, found.size() - payloads.size()), found.size());
        assertEquals(payloads.size(), tail.size());
        for (int i = 0; i < payloads.size(); i++) {
            assertArrayEquals(payloads.get(i), tail.get(i));
        }
        assertEquals(0, d.pending());
    }

    @Property(tries = 200)
    void aGoodFrameAfterABadChecksumFrameIsFound(@ForAll("payloads") byte[] bad, @ForAll("payloads") byte[] good) {
        byte[] broken = SamFrames.frame(bad);
        broken[broken.length - 1] ^= 0x01;
        SamFrameDecoder d = new SamFrameDecoder();
        List<byte[]> found = d.feed(concat(broken, SamFrames.frame(good)));
        assertEquals(1, found.size());
        assertArrayEquals(good, found.get(0));
        assertEquals(1, d.badChecksums());
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(2).ofMaxSize(1400);
    }

    @Provide
    Arbitrary<List<byte[]>> payloadLists() {
        return payloads().list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<byte[]> feedInPieces(SamFrameDecoder d, byte[] bytes, int piece) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += piece) {
            out.addAll(d.feed(bytes, i, Math.min(piece, bytes.length - i)));
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] hex(String s) {
        String h = s.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
