package zwfw.kiosk.drivers.printer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z'), Arbitraries.chars().range('0', '9'), Arbitraries.of(' ', ',', '-', '.'),
                Arbitraries.chars().range('\u4e00', '\u9fa5'), Arbitraries.of('，', '。', '￥', '：'));
        return chars.list().ofMaxSize(120).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
    }

    @Property
    void everyLineFitsTheColumns(@ForAll("mixedText") String text, @ForAll @IntRange(min = 2, max = 48) int columns) {
        for (String line : TextLayout.wrap(text, columns)) {
            assertTrue(DisplayWidth.of(line) <= columns, () -> "'" + line + "' wider than " + columns);
        }
    }

    @Property
    void wrappingLosesNoCharacterButTheSpacesItBreaksAt(@ForAll("mixedText") String text,
                                                       @ForAll @IntRange(min = 2, max = 48) int columns) {
        String joined = String.join("", TextLayout.wrap(text, columns));
        assertEquals(text.replace(" ", ""), joined.replace(" ", ""));
    }

    @Property
    void surrogatePairsAreNeverSplit(@ForAll @IntRange(min = 2, max = 10) int columns, @ForAll @IntRange(min = 1, max = 30) int count) {
        String text = "\uD840\uDC00".repeat(count); // U+20000, a wide supplementary character
        for (String line : TextLayout.wrap(text, columns)) {
            assertTrue(line.codePoints().allMatch(cp -> cp == 0x20000));
            assertTrue(DisplayWidth.of(line) <= columns);
        }
    }

    @Property
    void rowsFitTheColumnsAndKeepLabelAndValue(@ForAll("mixedText") String value, @ForAll @IntRange(min = 16, max = 48) int columns) {
        List<String> lines = TextLayout.row("受理编号：", value, columns);
        lines.forEach(l -> assertTrue(DisplayWidth.of(l) <= columns, () -> "'" + l + "' wider than " + columns));
        String joined = String.join("", lines).replace(" ", "");
        assertEquals(("受理编号：" + value).replace(" ", ""), joined);
    }

    @Test
    void chineseTakesTwoColumnsAndLatinOne() {
        assertEquals(4, DisplayWidth.of("中文"));
        assertEquals(3, DisplayWidth.of("abc"));
        assertEquals(2, DisplayWidth.of("￥"));
        assertEquals(List.of("中文中文中文中文中文中文中文中文", "中文"), TextLayout.wrap("中文".repeat(9), 32));
    }

    @Test
    void aLineNeverStartsWithClosingPunctuation() {
        // 16 characters fill 32 columns; the comma would start line two, so "字" goes with it.
        List<String> lines = TextLayout.wrap("一二三四五六七八九十一二三四五字，后面", 32);
        assertEquals(List.of("一二三四五六七八九十一二三四五", "字，后面"), lines);
    }

    @Property
    void aLineStartsWithAChineseCommaOnlyWhenNothingCouldBeTakenAlong(@ForAll("mixedText") String text,
                                                                      @ForAll @IntRange(min = 4, max = 48) int columns) {
        List<String> lines = TextLayout.wrap(text, columns);
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            String before = lines.get(i - 1);
            // Allowed only after a space, or after a line that is one character and closing marks.
            boolean unavoidable = text.matches("(?s).* [，。：,.]*[，。].*") || before.matches("(?s)^.[，。：,.]*$")
                    || before.isEmpty();
            assertTrue(unavoidable || !(l.startsWith("，") || l.startsWith("。")),
                    () -> "line starts with punctuation: " + lines + " from '" + text + "'");
        }
    }

    @Test
    void latinWordsBreakAtSpaces() {
        assertEquals(List.of("Thermal-paper", "roll"), TextLayout.wrap("Thermal-paper roll", 14));
    }

    @Test
    void aShortRowRightAlignsItsValue() {
        assertEquals(List.of("日期：        2026-11-27"), TextLayout.row("日期：", "2026-11-27", 24));
    }
}
