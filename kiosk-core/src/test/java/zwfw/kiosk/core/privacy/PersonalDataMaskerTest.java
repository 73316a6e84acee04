package zwfw.kiosk.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

    @Test
    void residentIdNumbersKeepOnlyTheFirstSixAndLastFour() {
        assertEquals("申请人 330304********1234 已提交", PersonalDataMasker.mask("申请人 330304199001021234 已提交"));
        assertEquals("id=110105********002X;", PersonalDataMasker.mask("id=11010519491231002X;"));
        assertEquals("id=340524********001x", PersonalDataMasker.mask("id=34052419800101001x"));
    }

    @Test
    void oldFifteenDigitIdNumbersAreMaskedToo() {
        assertEquals("330304*****1234", PersonalDataMasker.mask("330304900101234"));
    }

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertEquals("电话 138****8000", PersonalDataMasker.mask("电话 13800138000"));
        assertEquals("+86 138 **** 8000", PersonalDataMasker.mask("+86 138 0013 8000"));
        assertEquals("phone:+86138****8000.", PersonalDataMasker.mask("phone:+8613800138000."));
        assertEquals("{\"phone\":\"159****1234\"}", PersonalDataMasker.mask("{\"phone\":\"15912341234\"}"));
    }

    @Test
    void ordinaryNumbersAreLeftAlone() {
        String text = "ts=1732460000000 case SA20261124000123 port 35963 took 12345 ms, uuid 0b6f1d1e-2c1f";
        assertEquals(text, PersonalDataMasker.mask(text));
        assertEquals("12345678901234567890", PersonalDataMasker.mask("12345678901234567890"));
    }

    @Property
    void anyIdShapedNumberInAnyTextIsMasked(@ForAll @IntRange(min = 0, max = 999_999) int region,
                                           @ForAll @IntRange(min = 0, max = 99_999_999) int birth,
                                           @ForAll @IntRange(min = 0, max = 9999) int tail,
                                           @ForAll @StringLength(max = 20) String before) {
        String middle = String.format("%08d", birth);
        String id = String.format("%06d", region) + middle + String.format("%04d", tail);
        String text = before.replaceAll("[0-9A-Za-z]", "_") + " " + id + " 。";
        String masked = PersonalDataMasker.mask(text);
        assertFalse(masked.contains(id), masked);
        assertFalse(masked.contains(middle + String.format("%04d", tail).substring(0, 3)), masked);
    }

    @Property
    void anyMobileNumberIsMasked(@ForAll @IntRange(min = 3, max = 9) int second,
                                @ForAll @IntRange(min = 0, max = 999_999_999) int rest) {
        String phone = "1" + second + String.format("%09d", rest);
        String masked = PersonalDataMasker.mask("tel " + phone + " end");
        assertFalse(masked.contains(phone), masked);
        assertEquals("tel " + phone.substring(0, 3) + "****" + phone.substring(7) + " end", masked);
    }
}
