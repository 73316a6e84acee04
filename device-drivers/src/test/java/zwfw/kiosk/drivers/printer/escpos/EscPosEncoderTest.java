package zwfw.kiosk.drivers.printer.escpos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;

class EscPosEncoderTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private static EscPosEncoder encoder() {
        return new EscPosEncoder(PrinterText.forProfile(PrinterProfiles.require("58mm")));
    }

    @Test
    void nativeQrSendsModelTwoAndCountsPayloadBytesNotCharactersAsTheSpecSays() {
        String content = "查询 https://e.cn/q/1"; // 2 Chinese characters: 6 UTF-8 bytes
        byte[] payload = content.getBytes(StandardCharsets.UTF_8);
        byte[] out = encoder().qr(content, 6, QrErrorCorrection.M).toBytes();
        int len = payload.length + 3;
        String expected = "1d 28 6b 04 00 31 41 32 00 "      // model 2
                + "1d 28 6b 03 00 31 43 06 "                // module size 6
                + "1d 28 6b 03 00 31 45 31 "                // error correction M
                + String.format("1d 28 6b %02x %02x 31 50 30 ", len & 0xFF, len >> 8) + HEX.formatHex(payload) + " "
                + "1d 28 6b 03 00 31 51 30";                // print
        assertEquals(expected, HEX.formatHex(out));
        assertEquals(payload.length, content.length() + 4, "the test content must have multi-byte characters");
    }

    @Test
    void qrStoreLengthUsesTheHighByteForLongPayloads() {
        String content = "x".repeat(300);
        byte[] out = encoder().qr(content, 3, QrErrorCorrection.L).toBytes();
        int store = 9 + 8 + 8; // after model, size, error correction
        assertEquals(0x1d, out[store] & 0xFF);
        assertEquals((303) & 0xFF, out[store + 3] & 0xFF);
        assertEquals(303 >> 8, out[store + 4] & 0xFF);
    }

    @Test
    void rasterGoesInBandsOfAtMost128RowsWithMostSignificantBitLeftmost() {
        BufferedImage img = new BufferedImage(20, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 20; x++) {
                img.setRGB(x, y, 0xFFFFFF);
            }
        }
        img.setRGB(0, 0, 0);    // first dot of first row: bit 7 of byte 0
        img.setRGB(9, 299, 0);  // 10th dot of the last row: bit 6 of byte 1
        byte[] out = encoder().raster(img).toBytes();
        int widthBytes = 3;
        int[] bandRows = {128, 128, 44};
        int at = 0;
        for (int rows : bandRows) {
            assertArrayEquals(new byte[] {0x1d, 0x76, 0x30, 0, (byte) widthBytes, 0, (byte) rows, 0},
                    Arrays.copyOfRange(out, at, at + 8));
            at += 8 + widthBytes * rows;
        }
        assertEquals(out.length, at);
        assertEquals(0x80, out[8] & 0xFF);
        assertEquals(0x40, out[out.length - 2] & 0xFF);
        assertEquals(0, out[out.length - 1] & 0xFF);
    }

    @Test
    void characterSizePutsWidthInTheHighNibbleAndHeightInTheLow() {
        assertEquals("1d 21 11", HEX.formatHex(encoder().size(2, 2).toBytes()));
        assertEquals("1d 21 10", HEX.formatHex(encoder().size(2, 1).toBytes()));
        assertEquals("1d 21 00", HEX.formatHex(encoder().size(1, 1).toBytes()));
    }

    @Test
    void basicCommandsMatchTheTable() {
        byte[] out = encoder().initialize().chineseMode(true).chineseMode(false).bold(true).bold(false)
                .align(zwfw.kiosk.drivers.printer.PrintDocument.Align.CENTER).feedLines(3).cut(true).cut(false).toBytes();
        assertEquals("1b 40 1c 26 1c 2e 1b 45 01 1b 45 00 1b 61 01 1b 64 03 1d 56 01 1d 56 00", HEX.formatHex(out));
    }

    @Test
    void theStandardJobStartsWithInitialiseAndChineseModeOnAChineseProfile() {
        byte[] job = new DocumentEncoder(PrinterProfiles.require("80mm"))
                .encode(zwfw.kiosk.drivers.printer.SampleDocuments.mixed());
        assertEquals("1b 40 1c 26", HEX.formatHex(Arrays.copyOf(job, 4)));
        byte[] simple = new DocumentEncoder(PrinterProfiles.require("simple"))
                .encode(zwfw.kiosk.drivers.printer.SampleDocuments.mixed());
        assertEquals("1b 40 1c 2e 1b 74 00", HEX.formatHex(Arrays.copyOf(simple, 7)));
        assertTrue(simple.length > job.length, "the simple profile rasters Chinese and the QR code");
    }
}
