package zwfw.kiosk.core.receipt;

import java.util.Set;

/**
 * Masks personal data for printing and display: a name keeps its surname (张* , 欧阳**), an ID
 * number keeps its first six and last four characters (330304********1234).
 */
public final class PersonalDataMask {
    /** Common two-character surnames: 欧阳娜娜 is 欧阳**, not 欧***. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
            "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "钟离");

    private PersonalDataMask() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int[] cps = n.codePoints().toArray();
        int keep = cps.length > 2 && COMPOUND_SURNAMES.contains(new String(cps, 0, 2)) ? 2 : 1;
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean separator = cp == ' ' || cp == '·' || cp == '•' || cp == '-';
            if (i < keep || separator) {
                b.appendCodePoint(cp);
            } else {
                b.append('*');
            }
        }
        return b.toString();
    }

    /** 18-digit resident ID: first 6 + stars + last 4; shorter documents keep fewer characters. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.strip();
        int n = s.length();
        if (n >= 11) {
            return s.substring(0, 6) + "*".repeat(n - 10) + s.substring(n - 4);
        }
        if (n >= 7) {
            return s.substring(0, 2) + "*".repeat(n - 6) + s.substring(n - 4);
        }
        return "*".repeat(n);
    }
}
