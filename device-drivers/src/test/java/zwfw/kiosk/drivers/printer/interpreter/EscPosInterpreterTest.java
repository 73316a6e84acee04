package zwfw.kiosk.drivers.printer.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.printer.QrDecoding;
import zwfw.kiosk.drivers.printer.SampleDocuments;
import zwfw.kiosk.drivers.printer.escpos.DocumentEncoder;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;

class EscPosInterpreterTest {

    private static Printout print(String profileName) {
        PrinterProfile p = PrinterProfiles.require(profileName);
        return new EscPosInterpreter(p.dotsPerLine(), p.chineseFont()).interpret(new DocumentEncoder(p).encode(SampleDocuments.mixed()));
    }

    @Test
    void textComesBackAsPrintedWithGbkDecodedAndYenFolded() {
        Printout out = print("58mm");
        assertEquals("打印测试", out.lines().get(0));
        assertTrue(out.lines().contains("价格 ￥12.50"), out.text());
        assertTrue(out.text().contains("编号："), out.text());
        assertEquals(1, out.cuts());
        assertEquals(0, out.unknownCommands());
    }

    @Test
    void nativeQrIsRedrawnAndDecodesToTheContentSent() {
        Printout out = print("80mm");
        assertEquals(1, out.qrCodes().size());
        Printout.QrPrint qr = out.qrCodes().get(0);
        assertEquals(SampleDocuments.QR, qr.content());
        assertEquals(0x32, qr.model());
        assertEquals(qr.payloadBytes() + 3, qr.storedLengthField());
        assertEquals(List.of(SampleDocuments.QR), QrDecoding.decodeAll(out.image()));
        assertEquals(576, out.image().getWidth());
    }

    @Test
    void aProfileWithoutNativeQrOrChineseFontPrintsBothAsRasterThatStillReads() {
        Printout out = print("simple");
        assertTrue(out.qrCodes().isEmpty());
        assertTrue(out.rasterBands().size() >= 2);
        out.rasterBands().forEach(b -> assertEquals(48, b.widthBytes()));
        out.rasterBands().forEach(b -> assertTrue(b.rows() <= 128));
        assertEquals(List.of(SampleDocuments.QR), QrDecoding.decodeAll(out.image()));
        assertTrue(!out.text().contains("价格") && out.lines().stream().allMatch(l -> l.chars().allMatch(c -> c < 0x80)), "Chinese lines go out as raster");
    }

    @Test
    void statusQueryBytesInsideRasterDataAreDataNotQueries() {
        byte[] raster = {0x1d, 0x76, 0x30, 0, 3, 0, 1, 0, 0x10, 0x04, 0x01};
        List<EscPosCommand> seen = new ArrayList<>();
        new EscPosParser(seen::add).feed(raster);
        assertEquals(1, seen.size());
        assertEquals(EscPosCommand.Type.RASTER, seen.get(0).type());
        seen.clear();
        new EscPosParser(seen::add).feed(new byte[] {0x10, 0x04, 0x04});
        assertEquals(EscPosCommand.Type.STATUS_QUERY, seen.get(0).type());
    }

    @Test
    void aLineWithACharacterOutsideGbkGoesAsRasterInsteadOfQuestionMarks() {
        zwfw.kiosk.drivers.printer.PrintDocument doc = zwfw.kiosk.drivers.printer.PrintDocument.builder()
                .text("王\u3400").text("普通文字").build();
        PrinterProfile gbk = PrinterProfiles.require("58mm");
        Printout out = new EscPosInterpreter(gbk.dotsPerLine(), true).interpret(new DocumentEncoder(gbk).encode(doc));
        assertEquals(List.of("普通文字"), out.lines(), "the rare line is not text");
        assertEquals(List.of(new Printout.RasterBand(48, 24)), out.rasterBands(), "one 24-dot line of raster");
        PrinterProfile gb18030 = PrinterProfiles.require("tm-t88");
        Printout four = new EscPosInterpreter(gb18030.dotsPerLine(), true).interpret(new DocumentEncoder(gb18030).encode(doc));
        assertEquals(List.of("王\u3400", "普通文字"), four.lines(), "a GB18030 printer gets it as text");
        assertTrue(four.rasterBands().isEmpty());
    }

    @Test
    void aPictureIsScaledToThePaperCentredAndPrintedAsRasterDots() {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(800, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = logo.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(0, 0, 800, 100);
        g.dispose();
        PrinterProfile p = PrinterProfiles.require("58mm");
        Printout out = new EscPosInterpreter(p.dotsPerLine(), true).interpret(new DocumentEncoder(p).encode(
                zwfw.kiosk.drivers.printer.PrintDocument.builder().picture(logo).build()));
        assertEquals(List.of(new Printout.RasterBand(48, 48)), out.rasterBands(), "800×100 scaled to 384×48");
        assertEquals(0, out.image().getRGB(0, 0) & 0xFFFFFF, "black at the left edge");
        assertEquals(0, out.image().getRGB(383, 47) & 0xFFFFFF, "black to the right edge");
    }

    @Property(tries = 200)
    void garbageNeverMakesTheInterpreterThrow(@ForAll @Size(max = 400) byte[] garbage) {
        Printout out = new EscPosInterpreter(384, true).interpret(garbage);
        assertEquals(384, out.image().getWidth());
    }
}
