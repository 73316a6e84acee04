package zwfw.kiosk.drivers.idcard.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void theStandardsTestVectorsAreValid() {
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertTrue(IdNumbers.isValid("34052419800101001X"));
        assertTrue(IdNumbers.isValid("11010519491231002x"));
    }

    @Test
    void aWrongCheckCharacterOrFormIsInvalid() {
        assertFalse(IdNumbers.isValid("110105194912310021"));
        assertFalse(IdNumbers.isValid("11010519491231002"));
        assertFalse(IdNumbers.isValid("1101051949123100X2"));
        assertFalse(IdNumbers.isValid(null));
        assertFalse(IdNumbers.isValid("１１0105194912310021"));
    }

    @Test
    void masksKeepTheFirstSixAndLastFour() {
        assertEquals("330304********1234", IdNumbers.mask("330304199001021234"));
        assertEquals("CAN310*****1512", IdNumbers.mask("CAN310085061512"));
        assertEquals("*****", IdNumbers.mask("H1234"));
    }

    @Property
    void exactlyOneCheckCharacterMakesSeventeenDigitsValid(
            @ForAll @StringLength(17) @CharRange(from = '0', to = '9') String first17) {
        int valid = 0;
        for (char c : "0123456789X".toCharArray()) {
            if (IdNumbers.isValid(first17 + c)) {
                valid++;
            }
        }
        assertEquals(1, valid);
        assertTrue(IdNumbers.isValid(first17 + IdNumbers.checkCharacter(first17)));
    }
}
