package zwfw.kiosk.drivers.printer.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;

class PrinterTextTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private final PrinterText gbk = PrinterText.forProfile(PrinterProfiles.require("58mm"));
    private final PrinterText gb18030 = PrinterText.forProfile(PrinterProfiles.require("tm-t88"));
    private final PrinterText ascii = PrinterText.forProfile(PrinterProfiles.require("simple"));

    @Test
    void chineseIsSentAsGbkDoubleByteCodes() {
        assertEquals("d6 d0 ce c4", HEX.formatHex(gbk.encode("中文")));
        assertEquals("b4 f2 d3 a1 b2 e2 ca d4", HEX.formatHex(gbk.encode("打印测试")));
        assertEquals("41 31", HEX.formatHex(gbk.encode("A1")));
    }

    @Test
    void yenSignIsPrintedAsFullWidthYuanBecauseJavaEncodesItBadly() {
        // The pitfall itself: plain Java gives '?' in GBK and four bytes in GB18030.
        assertEquals("3f", HEX.formatHex("¥".getBytes(Charset.forName("GBK"))));
        assertEquals(4, "¥".getBytes(Charset.forName("GB18030")).length);
        assertEquals("a3 a4 31 32", HEX.formatHex(gbk.encode("¥12")));
        assertEquals("a3 a4 31 32", HEX.formatHex(gb18030.encode("¥12")));
        assertTrue(gbk.canPrint("¥12"));
    }

    @Test
    void aCharacterOutsideGbkOnlyPrintsAsTextWhereFourByteCodesAre() {
        String rare = "王\u3400"; // U+3400 (CJK extension A): GB18030 four-byte, not in GBK
        assertFalse(gbk.canPrint(rare));
        assertTrue(gb18030.canPrint(rare));
        assertEquals(2 + 4, gb18030.encode(rare).length);
    }

    @Test
    void aPrinterWithoutChineseFontPrintsOnlyAscii() {
        assertTrue(ascii.canPrint("Thermal printer 123"));
        assertFalse(ascii.canPrint("自助"));
    }
}
