package zwfw.kiosk.app.cli.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;

class QrDecodeCommandTest {
    private static final String URL = "https://platform.example.gov.cn/q/SA20261124000123";

    @TempDir
    Path dir;

    private Path qrPng() throws Exception {
        Path png = dir.resolve("receipt.png");
        MatrixToImageWriter.writeToPath(new MultiFormatWriter().encode(URL, BarcodeFormat.QR_CODE, 300, 300), "png", png);
        return png;
    }

    @Test
    void everyCodeIsPrintedAsJson() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("qr", "decode", qrPng().toString(), "--json"));
        JsonNode line = JsonOutput.mapper().readTree(ctl.out().strip());
        assertEquals("QR_CODE", line.get("format").asText());
        assertEquals(URL, line.get("text").asText());
    }

    @Test
    void plainOutputIsFormatTabText() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("qr", "decode", qrPng().toString()));
        assertEquals("QR_CODE\t" + URL, ctl.out().strip());
    }

    @Test
    void anImageWithoutACodeExitsWith2() throws Exception {
        Path blank = dir.resolve("blank.png");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", blank.toFile());
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("qr", "decode", blank.toString()));
        assertEquals("decode: no code found in " + blank, ctl.err().strip());
    }

    @Test
    void aFileThatIsNotAnImageExitsWith1AndSaysSo() throws Exception {
        Path text = Files.writeString(dir.resolve("x.png"), "hello");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(1, ctl.run("qr", "decode", text.toString()));
        assertTrue(ctl.err().contains("not an image"), ctl.err());
    }
}
