package zwfw.kiosk.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;

class PersonFieldsTest {
    static final String ID = "11010519491231002X";

    static List<String> fields(Person p) {
        return PersonFields.problems(p).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aWellFormedPersonPasses() {
        assertTrue(PersonFields.problems(new Person("张三", IdType.RESIDENT_ID, ID, "13800138000")).isEmpty());
        assertTrue(PersonFields.problems(new Person("John Smith", IdType.PASSPORT, "E12345678", null)).isEmpty());
    }

    @Test
    void aHundredThousandCharacterNameIsRefusedWithTheContractsLimit() {
        List<FieldProblem> p = PersonFields.problems(new Person("张".repeat(100_000), IdType.RESIDENT_ID, ID, null));
        assertEquals(List.of("name"), p.stream().map(FieldProblem::field).toList());
        assertEquals("form.text.tooLong", p.get(0).messageKey());
        assertEquals("姓名不能超过200个字 / Name must be at most 200 characters", PersonFields.describe(p));
    }

    @Test
    void blankNamesControlCharactersBadNumbersAndPhonesAreEachNamed() {
        assertEquals(List.of("name"), fields(new Person(" ", IdType.RESIDENT_ID, ID, null)));
        assertEquals(List.of("name"), fields(new Person("张\n三", IdType.RESIDENT_ID, ID, null)));
        assertEquals(List.of("idNumber"), fields(new Person("张三", IdType.RESIDENT_ID, "110105194912310021", null)));
        assertEquals(List.of("idNumber"), fields(new Person("张三", IdType.PASSPORT, "E1234 5678", null)));
        assertEquals(List.of("idNumber"), fields(new Person("张三", IdType.OTHER, "X".repeat(33), null)));
        assertEquals(List.of("phone"), fields(new Person("张三", IdType.RESIDENT_ID, ID, "1380013800")));
    }
}
