package zwfw.kiosk.app.cli.docprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.docprinter.A4TestPage;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;

/** {@code kioskctl docprinter status|test|print}: against the simulated printer and a printer that does not answer. */
class DocPrinterCommandTest {
    @TempDir
    Path dir;

    private static String deadUri() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "ipp://127.0.0.1:" + s.getLocalPort() + "/ipp/print";
        }
    }

    private long pngs(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".png")).count();
        }
    }

    @Test
    void theTestPageIsPrintedOnTheSimulatedPrinterAsOnePngPage() throws Exception {
        Path out = dir.resolve("pages");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("docprinter", "test", "--simulated", "--out", out.toString(), "--json"), ctl.err());
        JsonNode j = JsonOutput.mapper().readTree(ctl.out());
        assertEquals("COMPLETED", j.get("outcome").asText());
        assertEquals(1, j.get("pages").asInt());
        assertEquals(1, pngs(out));
    }

    @Test
    void statusJsonKeepsItsTypesWhateverTheDriverAddsAsFacts() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("docprinter", "status", "--simulated", "--json"), ctl.err());
        JsonNode j = JsonOutput.mapper().readTree(ctl.out());
        assertTrue(j.get("conditions").isArray(), ctl.out());
        assertTrue(j.get("online").isBoolean(), ctl.out());
        assertEquals("simulated", j.get("driver").asText());
    }

    @Test
    void aPdfFileIsPrintedInTheCopiesAsked() throws Exception {
        Path pdf = dir.resolve("doc.pdf");
        Files.write(pdf, A4TestPage.render(2, "x", "file"));
        Path out = dir.resolve("pages");
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("docprinter", "print", pdf.toString(), "--copies", "2", "--simulated", "--out", out.toString()), ctl.err());
        assertTrue(ctl.out().contains("printed: 4 page(s), 2 copies"), ctl.out());
        assertEquals(4, pngs(out));
    }

    @Test
    void badFilesAndOptionsAreOneLineAndPrintNothing() throws Exception {
        Path text = Files.writeString(dir.resolve("note.pdf"), "not a pdf", StandardCharsets.UTF_8);
        Path big = dir.resolve("big.pdf");
        try (var ch = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(DocumentPrinter.MAX_DOCUMENT_BYTES);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
        }
        String[][] cases = {
                {dir.resolve("missing.pdf").toString(), "not found"},
                {dir.toString(), "not a regular file"},
                {"/dev/zero", "not a regular file"},
                {text.toString(), "not a PDF"},
                {big.toString(), "too large"}};
        for (String[] c : cases) {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            assertEquals(2, ctl.run("docprinter", "print", c[0], "--simulated"), c[0]);
            assertTrue(ctl.err().contains(c[1]) && ctl.err().strip().lines().count() == 1, ctl.err());
        }
        CapturedKioskCtl copies = new CapturedKioskCtl();
        assertEquals(2, copies.run("docprinter", "print", text.toString(), "--copies", "11", "--simulated"));
        assertTrue(copies.err().contains("--copies 11"), copies.err());
        CapturedKioskCtl title = new CapturedKioskCtl();
        assertEquals(2, title.run("docprinter", "print", text.toString(), "--title", "张三", "--simulated"));
    }

    @Test
    void aPrinterThatDoesNotAnswerIsReportedOfflineAndTheTestPageIsRefused() throws Exception {
        String uri = deadUri();
        CapturedKioskCtl status = new CapturedKioskCtl();
        assertEquals(0, status.run("docprinter", "status", "--uri", uri, "--json"), status.err());
        JsonNode j = JsonOutput.mapper().readTree(status.out());
        assertEquals(false, j.get("online").asBoolean());
        assertEquals("OFFLINE", j.get("conditions").get(0).asText());

        CapturedKioskCtl test = new CapturedKioskCtl();
        assertEquals(3, test.run("docprinter", "test", "--uri", uri));
        assertTrue(test.err().contains("not printed: OFFLINE"), test.err());
    }

    @Test
    void withoutADocumentPrinterInTheConfigurationTheCommandSaysHowToPickOne() throws Exception {
        String text = withoutTheDemosA4(Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data").replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml"));
        Files.writeString(dir.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(1, ctl.run("docprinter", "status", "--config", dir.toString()));
        assertTrue(ctl.err().contains("no DOCUMENT_PRINTER") && ctl.err().contains("--uri"), ctl.err());
    }

    @Test
    void configValidateKnowsTheDocumentPrinterAndItsDrivers() throws Exception {
        String base = withoutTheDemosA4(Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: data").replace("file: ../.kiosk-data/secrets.yaml", "file: secrets.yaml"));
        String anchor = "\ndevices:\n";
        assertTrue(base.contains(anchor), "the shipped configuration has no devices list");
        String[][] drivers = {{"ipp", "uri: ipp://127.0.0.1:631/printers/KioskA4"}, {"simulated", "conditions: PAPER_LOW"}};
        for (String[] d : drivers) {
            String driver = d[0];
            Files.writeString(dir.resolve("kiosk.yaml"), base.replaceFirst(anchor, anchor
                    + "  - id: a4\n    kind: DOCUMENT_PRINTER\n    driver: " + driver + "\n    settings:\n      " + d[1] + "\n"),
                    StandardCharsets.UTF_8);
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            assertEquals(0, ctl.run("config", "validate", "--config", dir.toString()), driver + ": " + ctl.err());
        }
        Files.writeString(dir.resolve("kiosk.yaml"), base.replaceFirst(anchor, anchor
                + "  - id: a4\n    kind: DOCUMENT_PRINTER\n    driver: lpr\n"), StandardCharsets.UTF_8);
        CapturedKioskCtl bad = new CapturedKioskCtl();
        assertEquals(2, bad.run("config", "validate", "--config", dir.toString()));
        assertTrue(bad.err().contains("unknown driver 'lpr' for DOCUMENT_PRINTER (one of [ipp, simulated])"), bad.err());
        Files.writeString(dir.resolve("kiosk.yaml"), base.replaceFirst(anchor, anchor
                + "  - id: a4\n    kind: DOCUMENT_PRINTER\n    driver: ipp\n    settings:\n      uri: lpd://host/q\n"), StandardCharsets.UTF_8);
        CapturedKioskCtl badUri = new CapturedKioskCtl();
        assertEquals(2, badUri.run("config", "validate", "--config", dir.toString()));
        assertTrue(badUri.err().contains("must be ipp://"), badUri.err());
    }

    /** The shipped configuration without its simulated A4 printer (the demo's, device {@code a4}). */
    private static String withoutTheDemosA4(String yaml) {
        String without = yaml.replaceFirst("(?m)^  - id: a4\n(?:    .*\n)+", "");
        assertTrue(!without.equals(yaml) && !without.contains("kind: DOCUMENT_PRINTER\n    driver: simulated"), "the demo's a4 entry");
        return without;
    }
}
