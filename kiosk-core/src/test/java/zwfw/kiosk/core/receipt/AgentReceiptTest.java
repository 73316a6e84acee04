package zwfw.kiosk.core.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zwfw.kiosk.core.receipt.pdf.ReceiptPdf;
import zwfw.kiosk.drivers.printer.escpos.DocumentEncoder;
import zwfw.kiosk.drivers.printer.interpreter.Printout;
import zwfw.kiosk.drivers.printer.layout.DisplayWidth;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;

/** 代办: the receipt of a case filed on someone's behalf names the agent too, masked like the applicant. */
class AgentReceiptTest {
    static final String AGENT = "李四";
    static final String AGENT_ID = "330304195808170047";

    static ReceiptFacts onBehalf() {
        return SampleReceipts.accepted().withAgent(AGENT, AGENT_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"58mm", "80mm"})
    void theAgentIsPrintedMaskedAfterTheApplicantOnEveryProfile(String profile) {
        Printout out = ReceiptDocumentsTest.print(ReceiptDocuments.caseReceipt(onBehalf()), profile);
        List<String> lines = out.lines();
        int applicant = indexOf(lines, "申 请 人：欧阳**");
        int applicantId = indexOf(lines, "证件号码：330304********1234");
        int agent = indexOf(lines, "代 办 人：李*");
        int agentId = indexOf(lines, "代办人证件：330304********0047");
        assertTrue(applicant >= 0 && applicantId > applicant && agent > applicantId && agentId > agent, out.text());
        assertFalse(out.text().contains(AGENT_ID));
        assertFalse(out.text().contains(AGENT));
        int columns = PrinterProfiles.require(profile).columns();
        lines.forEach(l -> assertTrue(DisplayWidth.of(l) <= columns, () -> "line too wide: " + l));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replace(" ", "").equals(text.replace(" ", ""))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aCaseFiledForOneselfHasNoAgentLines() {
        Printout out = ReceiptDocumentsTest.print(ReceiptDocuments.caseReceipt(SampleReceipts.accepted()), "58mm");
        assertFalse(out.text().contains("代"), out.text());
        assertFalse(SampleReceipts.accepted().onBehalf());
    }

    @Test
    void theQueuedReceiptNamesTheAgentToo() {
        ReceiptFacts queued = SampleReceipts.queued().withAgent(AGENT, AGENT_ID);
        Printout out = ReceiptDocumentsTest.print(ReceiptDocuments.caseReceipt(queued), "58mm");
        assertTrue(out.text().contains("李*"), out.text());
        assertTrue(out.text().contains("330304********0047"), out.text());
        assertTrue(queued.queued());
    }

    @Test
    void theAgentsRawIdentityNeverReachesThePrinterBytesNorToString() {
        byte[] job = new DocumentEncoder(PrinterProfiles.require("80mm")).encode(ReceiptDocuments.caseReceipt(onBehalf()));
        String asText = new String(job, Charset.forName("GB18030"));
        assertTrue(asText.contains("330304********0047"), "the masked number is in the job");
        assertFalse(asText.contains(AGENT_ID));
        assertFalse(asText.contains(AGENT));
        String s = onBehalf().toString();
        assertTrue(s.contains("agent=李*"), s);
        assertFalse(s.contains(AGENT_ID) || s.contains(AGENT), s);
    }

    @Test
    void theA4PdfReceiptNamesTheAgentMasked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReceiptPdf.write(ReceiptDocuments.caseReceipt(onBehalf()), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("李*"), text);
            assertTrue(text.contains("330304********0047"), text);
            assertFalse(text.contains(AGENT_ID));
            assertEquals(1, doc.getNumberOfPages());
        }
    }
}
