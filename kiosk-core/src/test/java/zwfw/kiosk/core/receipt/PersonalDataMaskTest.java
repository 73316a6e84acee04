package zwfw.kiosk.core.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void namesKeepOnlyTheSurname() {
        assertEquals("张*", PersonalDataMask.name("张三"));
        assertEquals("张**", PersonalDataMask.name("张三丰"));
        assertEquals("欧阳**", PersonalDataMask.name("欧阳娜娜"));
        assertEquals("欧*", PersonalDataMask.name("欧阳"), "a two-character name is a surname and a given name");
        assertEquals("*", PersonalDataMask.name("张"));
        assertEquals("买**·**", PersonalDataMask.name("买买提·艾力"));
        assertEquals("", PersonalDataMask.name(null));
    }

    @Test
    void idNumbersKeepFirstSixAndLastFour() {
        assertEquals("330304********1234", PersonalDataMask.idNumber("330304199001021234"));
        assertEquals("33030419***234X".length(), PersonalDataMask.idNumber("33030419900102X").length());
        assertEquals("E1***5678", PersonalDataMask.idNumber("E12345678"));
        assertEquals("****", PersonalDataMask.idNumber("1234"));
    }

    @Test
    void factsNeverShowPersonalDataInToString() {
        String s = SampleReceipts.accepted().toString();
        assertFalse(s.contains(SampleReceipts.ID_NUMBER));
        assertFalse(s.contains(SampleReceipts.NAME));
    }
}
