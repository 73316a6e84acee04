package zwfw.kiosk.drivers.docprinter;

import java.util.List;
import java.util.Optional;
import zwfw.kiosk.drivers.device.DeviceState;

/**
 * What an A4 printer's state means for the kiosk, named once for staff, the heartbeat and the
 * screen. Each is either a refusal (no job is sent) or a warning (jobs still print).
 * <p>
 * Refusing conditions refuse at any severity: an idle IPP Everywhere printer reports an empty
 * tray only as {@code media-empty-report}, and a job sent then would wait in the printer holding
 * the document until someone loads paper, and then print for whoever stands there.
 */
public enum DocumentPrinterCondition {
    PAPER_OUT(true, DeviceState.ERROR, "缺纸 paper out", "media-empty", "media-needed", "input-tray-missing"),
    PAPER_JAM(true, DeviceState.ERROR, "卡纸 paper jam", "media-jam"),
    DOOR_OPEN(true, DeviceState.ERROR, "打印机门未关 door open", "door-open", "cover-open", "interlock-open"),
    TONER_OUT(true, DeviceState.ERROR, "墨粉用尽 toner empty", "toner-empty", "marker-supply-empty"),
    /** The printer or the queue is stopped or paused ({@code printer-state} = stopped, {@code paused}, cupsdisable). */
    STOPPED(true, DeviceState.ERROR, "打印机已暂停 printer stopped", "paused", "moving-to-paused", "shutdown"),
    /** The queue takes no jobs ({@code printer-is-accepting-jobs} = false, cupsreject). */
    NOT_ACCEPTING(true, DeviceState.ERROR, "打印机不接受任务 not accepting jobs"),
    /** No answer, or the printer (or the device behind a queue) says it is offline. */
    OFFLINE(true, DeviceState.OFFLINE, "打印机无应答 printer offline", "offline", "timed-out"),
    /** Any other reason the printer marks as an error. */
    PRINTER_ERROR(true, DeviceState.ERROR, "打印机故障 printer error"),
    PAPER_LOW(false, DeviceState.READY, "纸将尽 paper low", "media-low"),
    TONER_LOW(false, DeviceState.READY, "墨粉不足 toner low", "toner-low", "marker-supply-low");

    private final boolean refuses;
    private final DeviceState deviceState;
    private final String words;
    private final List<String> keywords;

    DocumentPrinterCondition(boolean refuses, DeviceState deviceState, String words, String... keywords) {
        this.refuses = refuses;
        this.deviceState = deviceState;
        this.words = words;
        this.keywords = List.of(keywords);
    }

    /** Whether a job is refused while this holds. */
    public boolean refuses() {
        return refuses;
    }

    public DeviceState deviceState() {
        return deviceState;
    }

    /** Plain words for staff and the command line, Chinese and English. */
    public String words() {
        return words;
    }

    /** The condition an IPP state reason names, if it names one the kiosk knows. */
    public static Optional<DocumentPrinterCondition> of(StateReason reason) {
        for (DocumentPrinterCondition c : values()) {
            if (c.keywords.contains(reason.keyword())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
