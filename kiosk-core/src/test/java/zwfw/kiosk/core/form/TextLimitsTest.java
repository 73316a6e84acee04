package zwfw.kiosk.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextLimitsTest {
    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String rare = "\uD842\uDFB7"; // 𠮷, one character in two UTF-16 units
        String text = "a".repeat(199) + rare + "b";
        String cut = TextLimits.cut(text, 200);
        assertEquals(200, TextLimits.chars(cut));
        assertEquals("a".repeat(199) + rare, cut);
    }

    @Test
    void aTextWithinTheLimitIsKeptAsItIs() {
        String t = "正常";
        assertSame(t, TextLimits.cut(t, 200));
    }
}
