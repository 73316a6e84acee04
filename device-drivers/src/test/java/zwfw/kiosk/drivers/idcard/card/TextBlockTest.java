package zwfw.kiosk.drivers.idcard.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

class TextBlockTest {

    /** A resident block written by hand from the reference layout, independent of {@link TextBlock#write}. */
    private static byte[] residentBlock(String validTo, String idNumber, String ethnicity) {
        byte[] block = new byte[256];
        for (int i = 0; i < 256; i += 2) {
            block[i] = 0x20;
        }
        put(block, 0, "张三");
        put(block, 30, "1");
        put(block, 32, ethnicity);
        put(block, 36, "19900102");
        put(block, 52, "浙江省温州市鹿城区五马街道示范路88号");
        put(block, 122, idNumber);
        put(block, 158, "温州市公安局鹿城分局");
        put(block, 188, "20150304");
        put(block, 204, validTo);
        return block;
    }

    private static void put(byte[] block, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(b, 0, block, offset, b.length);
    }

    @Test
    void aResidentBlockParsesToTrimmedTextAndDates() {
        IdCard card = TextBlock.parse(residentBlock("20350304", "330302199001021230", "01"), new byte[1024], null);
        assertEquals(CardType.RESIDENT, card.type());
        assertEquals("张三", card.name());
        assertEquals(Gender.MALE, card.gender());
        assertEquals("汉", card.ethnicity().name());
        assertEquals(LocalDate.of(1990, 1, 2), card.birthDate());
        assertEquals("浙江省温州市鹿城区五马街道示范路88号", card.address());
        assertEquals("330302199001021230", card.idNumber());
        assertTrue(card.idNumberValid());
        assertEquals("温州市公安局鹿城分局", card.issuer());
        assertEquals(LocalDate.of(2015, 3, 4), card.validFrom());
        assertEquals(LocalDate.of(2035, 3, 4), card.validTo());
        assertFalse(card.hasNoExpiry());
        assertEquals(1024, card.photoLength());
    }

    @Test
    void longTermIsNoExpiry() {
        IdCard card = TextBlock.parse(residentBlock("长期", "330302199001021230", "56"), null, null);
        assertTrue(card.hasNoExpiry());
        assertNull(card.validTo());
        assertEquals("基诺", card.ethnicity().name());
        assertTrue(card.isValidOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void aWrongCheckDigitIsFlaggedNotHidden() {
        IdCard card = TextBlock.parse(residentBlock("20350304", "330302199001021231", "01"), null, null);
        assertEquals("330302199001021231", card.idNumber());
        assertFalse(card.idNumberValid());
    }

    @Test
    void unparseableFieldsAreNamedAndLeftEmpty() {
        byte[] block = residentBlock("2035-3-4", "330302199001021230", "77");
        IdCard card = TextBlock.parse(block, null, null);
        assertNull(card.validTo());
        assertNull(card.ethnicity());
        assertTrue(card.unreadableFields().contains("validTo"));
        assertTrue(card.unreadableFields().contains("ethnicity"));
        assertFalse(card.toString().contains("2035"));
    }

    @Test
    void everySampleCardSurvivesWriteAndParse() {
        for (IdCard sample : SampleCards.all()) {
            IdCard back = TextBlock.parse(TextBlock.write(sample), sample.photo(), null);
            assertEquals(sample.type(), back.type());
            assertEquals(sample.name(), back.name());
            assertEquals(sample.englishName(), back.englishName());
            assertEquals(sample.idNumber(), back.idNumber());
            assertEquals(sample.passNumber(), back.passNumber());
            assertEquals(sample.issueCount(), back.issueCount());
            assertEquals(sample.nationality(), back.nationality());
            assertEquals(sample.birthDate(), back.birthDate());
            assertTrue(back.idNumberValid(), sample.type()::name);
        }
    }

    @Test
    void aForeign2023CardUsesItsOwnLayout() {
        IdCard y = IdCard.builder(CardType.FOREIGN_PERMANENT).cardVersion("2023").name("王约翰")
                .englishName("JOHNSON, WILLIAM ALEXANDER CHRISTOPHER HENRY").gender(Gender.MALE)
                .idNumber("911156198001010016").nationality("USA").renewalCount(1)
                .birthDate(LocalDate.of(1980, 1, 1)).validFrom(LocalDate.of(2023, 12, 1)).validTo(LocalDate.of(2033, 12, 1))
                .build();
        byte[] block = TextBlock.write(y);
        assertEquals("Y", TextBlock.field(block, 248, 2));
        IdCard back = TextBlock.parse(block, null, null);
        assertEquals("JOHNSON, WILLIAM ALEXANDER CHRISTOPHER HENRY", back.englishName());
        assertEquals("USA", back.nationality());
        assertEquals(Integer.valueOf(1), back.renewalCount());
        assertTrue(back.idNumberValid());
    }

    @Property
    void anyBytesParseWithoutThrowing(@ForAll @Size(max = 300) byte[] text) {
        IdCard card = TextBlock.parse(text, null, null);
        assertTrue(card.type() != null && card.toString().startsWith("IdCard["));
    }

    @Test
    void toStringShowsNoPersonalDataAndWipeZeroesThePhoto() {
        IdCard card = SampleCards.resident();
        String s = card.toString();
        assertFalse(s.contains("张三"));
        assertFalse(s.contains("330302"));
        assertFalse(s.contains("1990"));
        assertFalse(s.contains("温州"));

        IdCard copy = card.copy();
        card.wipe();
        assertNull(card.name());
        assertNull(card.idNumber());
        assertEquals(0, card.photoLength());
        assertTrue(card.isWiped());
        assertEquals("张三", copy.name());
        byte[] zeros = new byte[1024];
        assertFalse(Arrays.equals(zeros, copy.photo()));
        assertArrayEquals(new byte[0], card.photo());
    }
}
