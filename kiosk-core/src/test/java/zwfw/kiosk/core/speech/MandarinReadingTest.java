package zwfw.kiosk.core.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** What a Mandarin voice is given to read: Chinese characters only, identifiers digit by digit. */
class MandarinReadingTest {
    @Test
    void hotlinesAndCaseNumbersAreReadDigitByDigit() {
        assertEquals("请拨打 一二三四五", MandarinReading.of("请拨打 12345"));
        assertEquals("办件编号：艾斯诶二零二六一一二四零零零一二三", MandarinReading.of("办件编号：SA20261124000123"));
        assertEquals("尾号 八八零二", MandarinReading.of("尾号 8802"));
    }

    @Test
    void countsAreReadAsQuantities() {
        assertEquals("六十 秒后返回首页", MandarinReading.of("60 秒后返回首页"));
        assertEquals("约 五 分钟", MandarinReading.of("约 5 分钟"));
        assertEquals("一百零五", MandarinReading.of("105"));
        assertEquals("十二", MandarinReading.of("12"));
        assertEquals("第 二，共五 页", MandarinReading.of("第 2/5 页"));
    }

    @Test
    void timesDatesAndPercentagesAreSaidTheChineseWay() {
        assertEquals("十四点零五分", MandarinReading.of("14:05"));
        assertEquals("九点整", MandarinReading.of("09:00"));
        assertEquals("二零二六年十一月二十九日", MandarinReading.of("2026-11-29"));
        assertEquals("满意率 百分之九十五点五", MandarinReading.of("满意率 95.5%"));
    }

    @Test
    void latinLettersAreReadByChineseNamesOrKnownWords() {
        assertEquals("英文", MandarinReading.of("English"));
        assertEquals("诶四 纸", MandarinReading.of("A4 纸"));
        assertEquals("身份证，社保卡 可用率（百分比）", MandarinReading.of("身份证/社保卡 可用率（%）"));
    }

    @Test
    void personalDataIsNeverSpokenEvenWhenAScreenShowsIt() {
        assertEquals("申请人：", MandarinReading.of("申请人：张*"));
        assertEquals("身份证号：", MandarinReading.of("身份证号：110101********1234"));
        assertEquals("身份证号：", MandarinReading.of("身份证号：11010519491231002X"));
        assertEquals("电话：", MandarinReading.of("电话：13800138000"));
    }

    @Property
    void noLatinLetterOrDigitIsLeftForTheVoice(@ForAll @StringLength(max = 40) String text) {
        String read = MandarinReading.of(text);
        assertFalse(read.chars().anyMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')),
                () -> "left in: " + read);
    }
}
