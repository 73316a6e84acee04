package zwfw.kiosk.drivers.docprinter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * What an A4 printer said about itself: {@code printer-state}, whether it accepts jobs, its state
 * reasons (of the queue and, where asked, of the device behind it) and message, and the kiosk's
 * {@link DocumentPrinterCondition}s derived from them. {@code online} is false when nothing answered.
 */
public record DocumentPrinterStatus(boolean online, State state, boolean acceptingJobs, List<StateReason> reasons,
                                    String message) {

    /** IPP {@code printer-state}. */
    public enum State { IDLE, PROCESSING, STOPPED, UNKNOWN }

    public static final DocumentPrinterStatus NO_ANSWER = new DocumentPrinterStatus(false, State.UNKNOWN, false, List.of(), "");

    public static final DocumentPrinterStatus READY = new DocumentPrinterStatus(true, State.IDLE, true, List.of(), "");

    public DocumentPrinterStatus {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        message = message == null ? "" : message;
    }

    /** The conditions, refusals first in the enum's order, each once. */
    public List<DocumentPrinterCondition> conditions() {
        Set<DocumentPrinterCondition> found = EnumSet.noneOf(DocumentPrinterCondition.class);
        if (!online) {
            found.add(DocumentPrinterCondition.OFFLINE);
        }
        if (state == State.STOPPED) {
            found.add(DocumentPrinterCondition.STOPPED);
        }
        if (online && !acceptingJobs) {
            found.add(DocumentPrinterCondition.NOT_ACCEPTING);
        }
        for (StateReason r : reasons) {
            Optional<DocumentPrinterCondition> c = DocumentPrinterCondition.of(r);
            if (c.isPresent()) {
                found.add(c.get());
            } else if (r.severity() == StateReason.Severity.ERROR && !r.keyword().equals("none")) {
                found.add(DocumentPrinterCondition.PRINTER_ERROR);
            }
        }
        return new ArrayList<>(found);
    }

    /** Why a job would be refused now, if it would: the first refusing condition (an empty tray before "stopped"). */
    public Optional<DocumentPrinterCondition> refusal() {
        return conditions().stream().filter(DocumentPrinterCondition::refuses).findFirst();
    }

    /** Warnings (paper low, toner low) that let jobs print. */
    public List<DocumentPrinterCondition> warnings() {
        return conditions().stream().filter(c -> !c.refuses()).toList();
    }

    /** The uniform device status staff and the heartbeat see. */
    public DeviceStatus toDeviceStatus() {
        Optional<DocumentPrinterCondition> refusal = refusal();
        if (refusal.isPresent()) {
            DocumentPrinterCondition c = refusal.get();
            return DeviceStatus.of(c.deviceState(), c.name(), detail(c));
        }
        List<DocumentPrinterCondition> warnings = warnings();
        // READY even while the printer is processing: BUSY is the driver's to say, while it follows a job of ours
        // (a queue still finishing a canceled job must not leave the kiosk's printer BUSY for good)
        if (!warnings.isEmpty()) {
            return DeviceStatus.of(DeviceState.READY, warnings.get(0).name(), detail(warnings.get(0)));
        }
        return DeviceStatus.of(DeviceState.READY);
    }

    private String detail(DocumentPrinterCondition c) {
        StringBuilder b = new StringBuilder(c.words());
        if (!reasons.isEmpty()) {
            b.append(" (").append(String.join(", ", reasons.stream().map(StateReason::toString).toList())).append(')');
        }
        return b.toString();
    }

    /** Whether the printer is busy or idle but can take a job. */
    public boolean canPrint() {
        return refusal().isEmpty();
    }
}
