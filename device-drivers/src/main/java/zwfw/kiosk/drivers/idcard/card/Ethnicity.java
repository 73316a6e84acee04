package zwfw.kiosk.drivers.idcard.card;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ethnicity codes of GB 3304-1991 used on resident ID cards: the 56 groups ({@code 01} 汉 …
 * {@code 56} 基诺) plus {@code 97} 其他 and {@code 98} 外国血统.
 */
public record Ethnicity(String code, String name) {

    private static final Map<String, String> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("01", "汉"),
            Map.entry("02", "蒙古"),
            Map.entry("03", "回"),
            Map.entry("04", "藏"),
            Map.entry("05", "维吾尔"),
            Map.entry("06", "苗"),
            Map.entry("07", "彝"),
            Map.entry("08", "壮"),
            Map.entry("09", "布依"),
            Map.entry("10", "朝鲜"),
            Map.entry("11", "满"),
            Map.entry("12", "侗"),
            Map.entry("13", "瑶"),
            Map.entry("14", "白"),
            Map.entry("15", "土家"),
            Map.entry("16", "哈尼"),
            Map.entry("17", "哈萨克"),
            Map.entry("18", "傣"),
            Map.entry("19", "黎"),
            Map.entry("20", "傈僳"),
            Map.entry("21", "佤"),
            Map.entry("22", "畲"),
            Map.entry("23", "高山"),
            Map.entry("24", "拉祜"),
            Map.entry("25", "水"),
            Map.entry("26", "东乡"),
            Map.entry("27", "纳西"),
            Map.entry("28", "景颇"),
            Map.entry("29", "柯尔克孜"),
            Map.entry("30", "土"),
            Map.entry("31", "达斡尔"),
            Map.entry("32", "仫佬"),
            Map.entry("33", "羌"),
            Map.entry("34", "布朗"),
            Map.entry("35", "撒拉"),
            Map.entry("36", "毛南"),
            Map.entry("37", "仡佬"),
            Map.entry("38", "锡伯"),
            Map.entry("39", "阿昌"),
            Map.entry("40", "普米"),
            Map.entry("41", "塔吉克"),
            Map.entry("42", "怒"),
            Map.entry("43", "乌孜别克"),
            Map.entry("44", "俄罗斯"),
            Map.entry("45", "鄂温克"),
            Map.entry("46", "德昂"),
            Map.entry("47", "保安"),
            Map.entry("48", "裕固"),
            Map.entry("49", "京"),
            Map.entry("50", "塔塔尔"),
            Map.entry("51", "独龙"),
            Map.entry("52", "鄂伦春"),
            Map.entry("53", "赫哲"),
            Map.entry("54", "门巴"),
            Map.entry("55", "珞巴"),
            Map.entry("56", "基诺"),
            Map.entry("97", "其他"),
            Map.entry("98", "外国血统")));

    /** The entry for a two-digit code, or {@code null} when the code is not in the table. */
    public static Ethnicity ofCode(String code) {
        String name = code == null ? null : TABLE.get(code);
        return name == null ? null : new Ethnicity(code, name);
    }

    /** Every code and name, in code order. */
    public static Map<String, String> table() {
        return Collections.unmodifiableMap(TABLE);
    }
}
