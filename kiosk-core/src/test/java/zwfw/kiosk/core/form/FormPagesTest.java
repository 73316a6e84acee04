package zwfw.kiosk.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 长辈版's form pages: a few fields a page, never a page of optional fields only. Fields here: upper case = required. */
class FormPagesTest {
    private static List<List<String>> pages(int perPage, String... fields) {
        return FormPages.of(List.of(fields), perPage, f -> Character.isUpperCase(f.charAt(0)));
    }

    @Test
    void fieldsComeAFewToAPage() {
        assertEquals(List.of(List.of("A", "B"), List.of("C", "D"), List.of("E")), pages(2, "A", "B", "C", "D", "E"));
    }

    @Test
    void optionalFieldsStayWithTheNextRequiredOneAndThoseAtTheEndJoinTheLastPage() {
        // 个人参保证明打印: purpose (required), phone and copies (optional).
        assertEquals(List.of(List.of("Purpose", "phone", "copies")), pages(2, "Purpose", "phone", "copies"));
        assertEquals(List.of(List.of("A", "B"), List.of("C", "d", "e", "f")), pages(2, "A", "B", "C", "d", "e", "f"));
        // 餐饮准营准贷一件事: the optional loan fields go with the credit consent after them.
        assertEquals(List.of(List.of("A", "B"), List.of("c", "d", "E"), List.of("F")), pages(2, "A", "B", "c", "d", "E", "F"));
    }

    @Test
    void leadingOptionalFieldsGoWithTheFirstRequiredOneAndAnOptionalOnlyFormStaysOnePage() {
        assertEquals(List.of(List.of("a", "b", "C"), List.of("D")), pages(2, "a", "b", "C", "D"));
        assertEquals(List.of(List.of("a", "b", "c")), pages(2, "a", "b", "c"));
        assertEquals(List.of(List.of()), pages(2));
    }

    @Test
    void noPageIsLeftWithOptionalFieldsOnlyWhateverTheOrder() {
        String[] fields = {"a", "B", "c", "d", "e", "F", "g", "h"};
        for (int perPage = 1; perPage <= 4; perPage++) {
            List<List<String>> pages = pages(perPage, fields);
            assertEquals(List.of(fields), pages.stream().flatMap(List::stream).toList(), "every field once, in order");
            for (List<String> page : pages) {
                assertEquals(true, page.stream().anyMatch(f -> Character.isUpperCase(f.charAt(0))), perPage + ": " + pages);
            }
        }
    }
}
