package zwfw.kiosk.drivers.printer.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StatusByteTest {

    @Test
    void paperSensorExamplesFromTheSpec() {
        assertTrue(StatusByte.isAnswer(0x12));
        assertFalse(StatusByte.paperNearEnd(0x12));
        assertFalse(StatusByte.paperOut(0x12));
        assertTrue(StatusByte.isAnswer(0x1E));
        assertTrue(StatusByte.paperNearEnd(0x1E));
        assertFalse(StatusByte.paperOut(0x1E));
        assertTrue(StatusByte.isAnswer(0x72));
        assertTrue(StatusByte.paperOut(0x72));
    }

    @Test
    void offlineCauseBits() {
        assertTrue(StatusByte.coverOpen(0x16));
        assertTrue(StatusByte.stoppedForPaperEnd(0x32));
        assertTrue(StatusByte.errorOccurred(0x52));
        assertFalse(StatusByte.coverOpen(0x12));
        assertTrue(StatusByte.offline(0x1A));
    }

    @Test
    void noiseAndAutomaticStatusFramesAreNotAnswers() {
        assertFalse(StatusByte.isAnswer(0x00));
        assertFalse(StatusByte.isAnswer(0xFF));
        assertFalse(StatusByte.isAnswer(0x92)); // bit 7 set
        assertFalse(StatusByte.isAnswer(0x02)); // bit 4 clear
        assertFalse(StatusByte.isAnswer(0x13)); // bit 0 set
        assertTrue(StatusByte.isAutoStatusHeader(0x10));
        assertFalse(StatusByte.isAnswer(0x10));
    }

    @Property
    void aByteIsAnAnswerExactlyWhenItMatches0xx1xx10(@ForAll @IntRange(min = 0, max = 255) int b) {
        boolean pattern = (b & 0x80) == 0 && (b & 0x10) != 0 && (b & 0x02) != 0 && (b & 0x01) == 0;
        assertEquals(pattern, StatusByte.isAnswer(b));
    }

    @Property
    void composedAnswersAreAlwaysValid(@ForAll @IntRange(min = 0, max = 255) int bits) {
        assertTrue(StatusByte.isAnswer(StatusByte.answer(bits)));
    }
}
