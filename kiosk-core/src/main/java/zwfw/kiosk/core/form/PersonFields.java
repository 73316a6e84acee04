package zwfw.kiosk.core.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.drivers.idcard.card.IdNumbers;

/**
 * Checks an applicant's or agent's fields before a case is built: name present, without control
 * characters and within the contract's text limit; the ID number in its type's form (a resident ID
 * with its GB 11643 check digit, other documents 1–32 letters, digits or hyphens); the mobile number
 * when there is one. The screen and kioskctl refuse exactly the same people.
 */
public final class PersonFields {
    /** Passports, permits and foreign IDs: letters, digits and hyphens, at most 32 (the longest real ones have 18). */
    static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private PersonFields() {
    }

    /** Problems with a person's fields (field names {@code name}, {@code idNumber}, {@code phone}); empty when fine. */
    public static List<FieldProblem> problems(Person p) {
        List<FieldProblem> out = new ArrayList<>();
        String name = p.name();
        if (name == null || name.isBlank()) {
            out.add(new FieldProblem("name", "form.required", List.of()));
        } else if (!TextLimits.within(name, TextLimits.TEXT_MAX_CHARS)) {
            out.add(new FieldProblem("name", "form.text.tooLong", List.of(TextLimits.TEXT_MAX_CHARS)));
        } else if (TextLimits.hasControl(name)) {
            out.add(new FieldProblem("name", "form.text.control", List.of()));
        }
        String id = p.idNumber() == null ? "" : p.idNumber().trim();
        IdType type = p.idType() == null ? IdType.RESIDENT_ID : p.idType();
        boolean idOk = type == IdType.RESIDENT_ID
                ? id.length() == 18 && IdNumbers.isValid(id.toUpperCase(Locale.ROOT))
                : OTHER_ID.matcher(id).matches();
        if (!idOk) {
            out.add(new FieldProblem("idNumber", type == IdType.RESIDENT_ID ? "form.idNumber.invalid" : "form.idNumber.otherInvalid", List.of()));
        }
        if (p.phone() != null && !PhoneNumbers.isMainlandMobile(p.phone())) {
            out.add(new FieldProblem("phone", "form.phone.invalid", List.of()));
        }
        return List.copyOf(out);
    }

    /** One line in Chinese and English, e.g. {@code 姓名不能超过200个字 / Name must be at most 200 characters}. */
    public static String describe(List<FieldProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (FieldProblem p : problems) {
            lines.add(FormMessages.render(p, label(p.field(), Locale.CHINESE), Locale.CHINESE) + " / "
                    + FormMessages.render(p, label(p.field(), Locale.ENGLISH), Locale.ENGLISH));
        }
        return String.join("; ", lines);
    }

    private static String label(String field, Locale locale) {
        boolean zh = !locale.getLanguage().equals("en");
        return switch (field) {
            case "name" -> zh ? "姓名" : "Name";
            case "idNumber" -> zh ? "证件号码" : "ID number";
            case "phone" -> zh ? "手机号码" : "Mobile number";
            default -> field;
        };
    }
}
