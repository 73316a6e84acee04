package zwfw.kiosk.core.form;

import zwfw.kiosk.drivers.idcard.card.IdNumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.catalog.FieldOption;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;

class FormValidatorTest {
    static FormField field(String name, FieldType type, boolean required) {
        return new FormField(name, type, new LocalizedText(name, name), required, null, null, null, null, null, null);
    }

    static final List<FormField> SCHEMA = List.of(
            new FormField("tradeName", FieldType.TEXT, new LocalizedText("字号名称", "Trade name"), true, 5, "[\\p{IsHan}A-Za-z]+", null, null, null, null),
            new FormField("capital", FieldType.INTEGER, new LocalizedText("资金", "Capital"), true, null, null, 1L, 1000L, null, null),
            field("phone", FieldType.PHONE, true),
            field("relativeId", FieldType.ID_NUMBER, false),
            field("openingDate", FieldType.DATE, false),
            new FormField("scope", FieldType.SELECT, new LocalizedText("范围", "Scope"), true, null, null, null, null,
                    List.of(new FieldOption("零售", new LocalizedText("零售", "Retail"))), null),
            field("consent", FieldType.CHECKBOX, true),
            new FormField("floorPlan", FieldType.ATTACHMENT, new LocalizedText("平面图", "Floor plan"), false, null, null, null, null, null, 2));

    static Map<String, Object> good() {
        Map<String, Object> m = new HashMap<>();
        m.put("tradeName", "老王面馆");
        m.put("capital", "20");
        m.put("phone", "13800138000");
        m.put("relativeId", "11010519491231002x");
        m.put("openingDate", "2026-12-01");
        m.put("scope", "零售");
        m.put("consent", "true");
        m.put("floorPlan", "plan-1.png,plan-2.png");
        return m;
    }

    @Test
    void aGoodFormPassesAndIsConvertedToPlatformTypes() {
        FormCheck c = FormValidator.check(SCHEMA, good());
        assertTrue(c.ok(), c.problems().toString());
        assertEquals(20L, c.values().get("capital"));
        assertEquals(true, c.values().get("consent"));
        assertEquals(List.of("plan-1.png", "plan-2.png"), c.values().get("floorPlan"));
        assertEquals("11010519491231002X", c.values().get("relativeId"));
    }

    private static String problemOf(String field, Object value) {
        Map<String, Object> m = good();
        if (value == null) {
            m.remove(field);
        } else {
            m.put(field, value);
        }
        List<FieldProblem> p = FormValidator.check(SCHEMA, m).problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals(field, p.get(0).field());
        return p.get(0).messageKey();
    }

    @Test
    void everyFieldTypeRejectsWhatItShould() {
        assertEquals("form.required", problemOf("tradeName", null));
        assertEquals("form.text.tooLong", problemOf("tradeName", "一二三四五六"));
        assertEquals("form.text.pattern", problemOf("tradeName", "A1"));
        assertEquals("form.integer.invalid", problemOf("capital", "12.5"));
        assertEquals("form.integer.tooSmall", problemOf("capital", 0));
        assertEquals("form.integer.tooLarge", problemOf("capital", "1001"));
        assertEquals("form.phone.invalid", problemOf("phone", "12800138000"));
        assertEquals("form.phone.invalid", problemOf("phone", "1380013800"));
        assertEquals("form.idNumber.invalid", problemOf("relativeId", "110105194912310021"));
        assertEquals("form.date.invalid", problemOf("openingDate", "2026-02-30"));
        assertEquals("form.date.invalid", problemOf("openingDate", "2026/12/01"));
        assertEquals("form.select.invalid", problemOf("scope", "批发"));
        assertEquals("form.required", problemOf("consent", false));
        assertEquals("form.checkbox.invalid", problemOf("consent", "maybe"));
        assertEquals("form.attachment.tooMany", problemOf("floorPlan", List.of("a", "b", "c")));
        assertEquals("form.unknownField", problemOf("nickname", "x"));
    }

    @Test
    void messagesRenderInChineseAndEnglishWithTheirArguments() {
        FieldProblem p = new FieldProblem("capital", "form.integer.tooLarge", List.of(1000L));
        assertEquals("资金不能大于1,000", FormMessages.render(p, "资金", Locale.CHINESE));
        assertEquals("Capital must be at most 1,000", FormMessages.render(p, "Capital", Locale.ENGLISH));
    }

    @Test
    void knownResidentIdNumbersPass() {
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertTrue(IdNumbers.isValid("440524188001010014"));
        assertFalse(IdNumbers.isValid("440524188001010015"));
        assertFalse(IdNumbers.isValid("44052418800101001"));
        assertFalse(IdNumbers.isValid("4405241880010100A4"));
    }

    @Property(tries = 300)
    void changingOneDigitOfAValidNumberBreaksTheCheck(@ForAll @StringLength(17) @CharRange(from = '0', to = '9') String first17,
                                                      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 16) int pos) {
        String valid = first17 + IdNumbers.checkCharacter(first17);
        assertTrue(IdNumbers.isValid(valid));
        char c = valid.charAt(pos);
        String changed = valid.substring(0, pos) + (char) ('0' + (c - '0' + 1) % 10) + valid.substring(pos + 1);
        assertFalse(IdNumbers.isValid(changed));
    }

    @Test
    void textWithoutItsOwnLimitIsHeldToTheContractsTwoHundredCharacters() {
        List<FormField> schema = List.of(field("note", FieldType.TEXT, true));
        assertTrue(FormValidator.check(schema, Map.of("note", "字".repeat(200))).ok());
        FormCheck tooLong = FormValidator.check(schema, Map.of("note", "字".repeat(100_000)));
        assertFalse(tooLong.ok());
        assertEquals("form.text.tooLong", tooLong.problems().get(0).messageKey());
        assertEquals(List.of(200), tooLong.problems().get(0).args());
    }

    @Test
    void theCatalogsOwnMaxLengthWinsOverTheDefault() {
        List<FormField> schema = List.of(new FormField("story", FieldType.TEXT, new LocalizedText("经过", "Story"), true, 500,
                null, null, null, null, null));
        assertTrue(FormValidator.check(schema, Map.of("story", "a".repeat(500))).ok());
        assertFalse(FormValidator.check(schema, Map.of("story", "a".repeat(501))).ok());
    }

    @Test
    void anIntegerBeyondSixtyFourBitsIsInvalidNotWrapped() {
        FormCheck c = FormValidator.check(List.of(field("n", FieldType.INTEGER, true)), Map.of("n", "18446744073709551617"));
        assertEquals("form.integer.invalid", c.problems().get(0).messageKey());
    }

    @Test
    void unknownFieldTypesAndAttachmentNamesAreBoundedToo() {
        assertFalse(FormValidator.check(List.of(field("x", FieldType.UNKNOWN, true)), Map.of("x", "a".repeat(201))).ok());
        assertFalse(FormValidator.check(List.of(field("f", FieldType.ATTACHMENT, true)), Map.of("f", "a".repeat(201) + ".png")).ok());
    }
}
