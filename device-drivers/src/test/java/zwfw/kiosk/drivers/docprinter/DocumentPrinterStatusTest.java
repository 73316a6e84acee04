package zwfw.kiosk.drivers.docprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;

/** How IPP printer-state-reasons (with their -report/-warning/-error suffixes) become the kiosk's conditions. */
class DocumentPrinterStatusTest {

    private static DocumentPrinterStatus idleWith(String... reasons) {
        return new DocumentPrinterStatus(true, DocumentPrinterStatus.State.IDLE, true,
                Arrays.stream(reasons).map(StateReason::parse).toList(), "");
    }

    @ParameterizedTest
    @CsvSource({
            "media-empty-error, PAPER_OUT", "media-empty-report, PAPER_OUT", "media-empty, PAPER_OUT", "media-needed-warning, PAPER_OUT",
            "media-jam-error, PAPER_JAM", "door-open-error, DOOR_OPEN", "cover-open-warning, DOOR_OPEN",
            "toner-empty-report, TONER_OUT", "offline-report, OFFLINE", "paused, STOPPED", "spool-area-full-error, PRINTER_ERROR"})
    void refusingReasonsRefuseAtAnySeverity(String reason, DocumentPrinterCondition expected) {
        assertEquals(Optional.of(expected), idleWith(reason).refusal());
    }

    @ParameterizedTest
    @CsvSource({"media-low-report, PAPER_LOW", "media-low-warning, PAPER_LOW", "toner-low-report, TONER_LOW",
            "marker-supply-low-warning, TONER_LOW"})
    void lowSuppliesAreWarningsThatStillPrint(String reason, DocumentPrinterCondition expected) {
        DocumentPrinterStatus s = idleWith(reason);
        assertTrue(s.canPrint());
        assertEquals(List.of(expected), s.warnings());
        DeviceStatus ds = s.toDeviceStatus();
        assertEquals(DeviceState.READY, ds.state());
        assertEquals(expected.name(), ds.condition());
    }

    @Test
    void aProcessingPrinterIsReadyToTheKioskWhichSaysBusyOnlyWhileItFollowsAJobOfItsOwn() {
        DocumentPrinterStatus s = new DocumentPrinterStatus(true, DocumentPrinterStatus.State.PROCESSING, true, List.of(), "");
        assertEquals(DeviceState.READY, s.toDeviceStatus().state());
    }

    @Test
    void unknownReportsAndWarningsAreIgnoredButUnknownErrorsRefuse() {
        assertTrue(idleWith("cups-missing-filter-warning", "developer-low-report").canPrint());
        assertEquals(Optional.of(DocumentPrinterCondition.PRINTER_ERROR), idleWith("fuser-over-temp-error").refusal());
    }

    @Test
    void aStoppedPrinterWithAnEmptyTrayIsReportedAsPaperOut() {
        DocumentPrinterStatus s = new DocumentPrinterStatus(true, DocumentPrinterStatus.State.STOPPED, true,
                List.of(StateReason.parse("media-empty-error")), "");
        assertEquals(Optional.of(DocumentPrinterCondition.PAPER_OUT), s.refusal());
        assertTrue(s.conditions().contains(DocumentPrinterCondition.STOPPED));
    }

    @Test
    void notAcceptingAndNoAnswerRefuse() {
        assertEquals(Optional.of(DocumentPrinterCondition.NOT_ACCEPTING),
                new DocumentPrinterStatus(true, DocumentPrinterStatus.State.IDLE, false, List.of(), "").refusal());
        assertEquals(Optional.of(DocumentPrinterCondition.OFFLINE), DocumentPrinterStatus.NO_ANSWER.refusal());
        assertEquals(DeviceState.OFFLINE, DocumentPrinterStatus.NO_ANSWER.toDeviceStatus().state());
    }

    @Test
    void suffixesAreSplitOffTheKeyword() {
        assertEquals(new StateReason("media-empty", StateReason.Severity.REPORT), StateReason.parse("media-empty-report"));
        assertEquals(new StateReason("toner-low", StateReason.Severity.WARNING), StateReason.parse("toner-low-warning"));
        assertEquals(new StateReason("door-open", StateReason.Severity.ERROR), StateReason.parse("door-open"));
    }

    @Test
    void jobTitlesMustBeNeutralLabels() {
        assertEquals("cert-2p_1.0", JobTitles.require("cert-2p_1.0"));
        assertThrows(IllegalArgumentException.class, () -> JobTitles.require("张三 参保证明"));
        assertThrows(IllegalArgumentException.class, () -> JobTitles.require("a/b"));
        assertThrows(IllegalArgumentException.class, () -> JobTitles.require(" "));
        assertThrows(IllegalArgumentException.class, () -> JobTitles.require("x".repeat(JobTitles.MAX_LENGTH + 1)));
        assertFalse(JobTitles.require("ok").isEmpty());
    }

    @Test
    void documentsAreBoundedAndMustBePdfs() {
        assertEquals(DocumentRefusal.Kind.BAD_DOCUMENT, PdfCheck.check(new byte[0]).refusal().kind());
        assertEquals(DocumentRefusal.Kind.BAD_DOCUMENT, PdfCheck.check("<html>".getBytes()).refusal().kind());
        assertEquals(DocumentRefusal.Kind.BAD_DOCUMENT, PdfCheck.check("%PDF-1.7 broken".getBytes()).refusal().kind());
        assertTrue(PdfCheck.check(new byte[DocumentPrinter.MAX_DOCUMENT_BYTES + 1]).refusal().detail().contains("over the limit"));
        assertEquals(3, PdfCheck.check(A4TestPage.render(3, "a4", "x")).pages());
    }
}
