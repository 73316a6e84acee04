package zwfw.kiosk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import zwfw.kiosk.drivers.idcard.emulator.EmulatorFault;
import zwfw.kiosk.drivers.idcard.emulator.SamReaderEmulator;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;

/** {@code kioskctl idcard read} against the reader emulator on a real pseudo-terminal. */
class IdCardReadCommandTest {

    @TempDir
    Path dir;

    private SamReaderEmulator emulator;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private int kioskctl(String... args) {
        CommandLine cli = new CommandLine(new KioskCtl());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new OneLineFailures());
        return cli.execute(args);
    }

    @Test
    void readsAResidentCardAsTheDocumentedJsonWithTheNumberMasked() throws Exception {
        emulator = SamReaderEmulator.start(dir.resolve("ttyID"), 115200);
        emulator.placeCard(SampleCards.resident());

        int code = kioskctl("idcard", "read", "--port", emulator.portPath(), "--timeout", "5", "--json");

        assertEquals(0, code, err::toString);
        String text = out.toString().trim();
        assertEquals(1, text.lines().count());
        JsonNode j = JsonOutput.mapper().readTree(text);
        assertEquals("RESIDENT", j.get("cardType").asText());
        assertEquals("张三", j.get("name").asText());
        assertTrue(j.get("englishName").isNull());
        assertEquals("男", j.get("gender").asText());
        assertEquals("汉", j.get("ethnicity").asText());
        assertTrue(j.get("nationality").isNull());
        assertEquals("1990-01-02", j.get("birthDate").asText());
        assertEquals("浙江省温州市鹿城区五马街道示范路88号", j.get("address").asText());
        assertEquals("330302********1230", j.get("idNumber").asText());
        assertTrue(j.get("idNumberValid").asBoolean());
        assertEquals("温州市公安局鹿城分局", j.get("issuer").asText());
        assertEquals("2015-03-04", j.get("validFrom").asText());
        assertEquals("2035-03-04", j.get("validTo").asText());
        assertTrue(j.get("passNumber").isNull());
        assertTrue(j.get("issueCount").isNull());
        assertEquals(1024, j.get("photoBytes").asInt());
        assertEquals(16, j.size());
    }

    @Test
    void unmaskedLongTermAndHmtFieldsAreShownAsSpecified() throws Exception {
        emulator = SamReaderEmulator.start(dir.resolve("ttyID"), 115200);
        emulator.placeCard(SampleCards.residentLongTerm());
        assertEquals(0, kioskctl("idcard", "read", "--port", emulator.portPath(), "--json", "--unmasked"), err::toString);
        JsonNode j = JsonOutput.mapper().readTree(out.toString());
        assertEquals("330304195808170047", j.get("idNumber").asText());
        assertEquals("LONG_TERM", j.get("validTo").asText());

        out.getBuffer().setLength(0);
        emulator.removeCard();
        emulator.placeCard(SampleCards.hmtResidence());
        assertEquals(0, kioskctl("idcard", "read", "--port", emulator.portPath(), "--json"), err::toString);
        JsonNode h = JsonOutput.mapper().readTree(out.toString());
        assertEquals("HMT_RESIDENCE", h.get("cardType").asText());
        assertEquals("H12345678", h.get("passNumber").asText());
        assertEquals(1, h.get("issueCount").asInt());
        assertEquals("810000********124X", h.get("idNumber").asText());
    }

    @Test
    void aForeignCardPrintsAsTextWithoutTheFullNumber() throws Exception {
        emulator = SamReaderEmulator.start(dir.resolve("ttyID"), 9600);
        emulator.placeCard(SampleCards.foreignPermanent());
        assertEquals(0, kioskctl("idcard", "read", "--port", emulator.portPath(), "--baud", "9600"), err::toString);
        String text = out.toString();
        assertTrue(text.contains("cardType: FOREIGN_PERMANENT"), text);
        assertTrue(text.contains("englishName: MARTIN, CLAIRE ELIZABETH"), text);
        assertTrue(text.contains("nationality: CAN"), text);
        assertFalse(text.contains("CAN310085061512"), text);
    }

    @Test
    void noCardBeforeTheTimeoutExitsTwo() throws Exception {
        emulator = SamReaderEmulator.start(dir.resolve("ttyID"), 115200);
        assertEquals(2, kioskctl("idcard", "read", "--port", emulator.portPath(), "--timeout", "1"));
        assertTrue(err.toString().contains("no card"), err::toString);
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void aMissingPortExitsOneNamingThePort() {
        String missing = dir.resolve("ttyNOTHERE").toString();
        assertEquals(1, kioskctl("idcard", "read", "--port", missing, "--timeout", "5"));
        assertTrue(err.toString().contains(missing), err::toString);
    }

    @Test
    void aBusyPortExitsOneNamingThePort() throws Exception {
        try (PseudoTerminal pty = PseudoTerminal.open(dir.resolve("ttyBUSY"));
             zwfw.kiosk.drivers.transport.serial.SerialTransport holder = new zwfw.kiosk.drivers.transport.serial.SerialTransport(
                     zwfw.kiosk.drivers.transport.serial.SerialSettings.of(pty.portPath(), 115200))) {
            holder.open();
            assertEquals(1, kioskctl("idcard", "read", "--port", pty.portPath(), "--timeout", "5"));
            assertTrue(err.toString().contains(pty.portPath()), err::toString);
            assertTrue(err.toString().contains("in use"), err::toString);
        }
    }

    @Test
    void aReadThatFailsAfterTheRetryExitsThreeNamingTheReadersStatus() throws Exception {
        emulator = SamReaderEmulator.start(dir.resolve("ttyID"), 115200);
        emulator.inject(EmulatorFault.READ_FAILURE, 2);
        emulator.placeCard(SampleCards.resident());
        assertEquals(3, kioskctl("idcard", "read", "--port", emulator.portPath(), "--timeout", "5"));
        assertTrue(err.toString().contains("READ_FAILED (41)"), err::toString);
        assertEquals("", out.toString());
    }
}
