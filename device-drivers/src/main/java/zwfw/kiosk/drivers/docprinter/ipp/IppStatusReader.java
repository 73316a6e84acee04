package zwfw.kiosk.drivers.docprinter.ipp;

import static com.hp.jipp.model.Types.copiesSupported;
import static com.hp.jipp.model.Types.printerIsAcceptingJobs;
import static com.hp.jipp.model.Types.printerState;
import static com.hp.jipp.model.Types.printerStateMessage;
import static com.hp.jipp.model.Types.printerStateReasons;
import static com.hp.jipp.model.Types.requestedAttributes;
import static com.hp.jipp.model.Types.requestingUserName;

import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.encoding.UriType;
import com.hp.jipp.model.PrinterState;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kotlin.ranges.IntRange;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterStatus;
import zwfw.kiosk.drivers.docprinter.StateReason;

/**
 * Asks a printer (or a CUPS queue) for {@code printer-state}, {@code printer-state-reasons},
 * {@code printer-state-message}, {@code printer-is-accepting-jobs}, {@code copies-supported} and,
 * for a queue, {@code device-uri}; and merges a queue's answer with its device's, because a queue
 * reports {@code none} for an empty tray until a job is stuck on it.
 */
final class IppStatusReader {
    /** CUPS's attribute naming the printer behind a queue. */
    private static final UriType DEVICE_URI = new UriType("device-uri");

    private final IppClient client;

    IppStatusReader(IppClient client) {
        this.client = client;
    }

    PrinterAnswer ask(URI printer) {
        try {
            IppPacket answer = client.send(printer, IppPacket.getPrinterAttributes(printer)
                    .putOperationAttributes(requestingUserName.of(IppDocumentPrinter.USER_NAME),
                            requestedAttributes.of(List.of(printerState.getName(), printerStateReasons.getName(),
                                    printerStateMessage.getName(), printerIsAcceptingJobs.getName(), copiesSupported.getName(),
                                    DEVICE_URI.getName()))), null);
            if (answer.getCode() >= 0x0100) {
                return PrinterAnswer.NONE;
            }
            AttributeGroup attrs = answer.get(Tag.printerAttributes);
            if (attrs == null) {
                return PrinterAnswer.NONE;
            }
            return new PrinterAnswer(status(attrs), deviceUri(attrs), maxCopies(attrs));
        } catch (IOException | RuntimeException e) {
            // No answer, a refused connection or a malformed answer are all "offline" to the kiosk.
            return PrinterAnswer.NONE;
        }
    }

    private static DocumentPrinterStatus status(AttributeGroup attrs) {
        PrinterState s = attrs.getValue(printerState);
        DocumentPrinterStatus.State state = s == null ? DocumentPrinterStatus.State.UNKNOWN
                : s.equals(PrinterState.idle) ? DocumentPrinterStatus.State.IDLE
                : s.equals(PrinterState.processing) ? DocumentPrinterStatus.State.PROCESSING
                : s.equals(PrinterState.stopped) ? DocumentPrinterStatus.State.STOPPED : DocumentPrinterStatus.State.UNKNOWN;
        List<StateReason> reasons = new ArrayList<>();
        List<String> values = attrs.getValues(printerStateReasons);
        for (String v : values == null ? List.<String>of() : values) {
            if (!v.equalsIgnoreCase("none")) {
                reasons.add(StateReason.parse(v));
            }
        }
        Boolean accepting = attrs.getValue(printerIsAcceptingJobs);
        String message = attrs.getString(printerStateMessage);
        return new DocumentPrinterStatus(true, state, accepting == null || accepting, reasons, message);
    }

    private static Optional<URI> deviceUri(AttributeGroup attrs) {
        try {
            return Optional.ofNullable(attrs.getValue(DEVICE_URI));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int maxCopies(AttributeGroup attrs) {
        IntRange r = attrs.getValue(copiesSupported);
        return r == null ? 1 : Math.max(1, r.getLast());
    }

    /**
     * A queue's view corrected by its device's: reasons of both (each once), stopped if either is,
     * accepting only if both are. A device that does not answer makes the pair {@code offline}.
     */
    static DocumentPrinterStatus merge(DocumentPrinterStatus queue, DocumentPrinterStatus device) {
        if (!queue.online()) {
            return queue;
        }
        Set<StateReason> reasons = new LinkedHashSet<>(queue.reasons());
        if (!device.online()) {
            reasons.add(new StateReason("offline", StateReason.Severity.ERROR));
        } else {
            reasons.addAll(device.reasons());
        }
        DocumentPrinterStatus.State state = device.online() && device.state() == DocumentPrinterStatus.State.STOPPED
                ? DocumentPrinterStatus.State.STOPPED : queue.state();
        boolean accepting = queue.acceptingJobs() && (!device.online() || device.acceptingJobs());
        return new DocumentPrinterStatus(true, state, accepting, List.copyOf(reasons), queue.message());
    }

    /** A device URI worth asking: IPP with a host that is not a DNS-SD service name. */
    static boolean askable(URI device) {
        if (!IppClient.isIpp(device)) {
            return false;
        }
        String host = device.getHost().toLowerCase(Locale.ROOT);
        return !host.contains("._tcp") && !host.endsWith(".local");
    }
}
