package zwfw.kiosk.core.visit;

import java.util.EnumSet;
import java.util.Set;
import zwfw.kiosk.core.availability.OutOfServiceReason;

/**
 * The whole state the visit's rules work on: the step, the visit's data, and what the kiosk knows
 * of its surroundings (why it does not serve, whether a receipt can be printed, 长辈版).
 *
 * @param number        the visit's serial number (0 before the first): answers of slow work name
 *                      the visit they belong to, so an answer arriving after its visit ended is not
 *                      taken for the next citizen's
 * @param outOfService  the reasons the kiosk does not serve now (empty: in service)
 * @param printerReady  a receipt printer is there and not known to be out of paper (its last known status)
 * @param elderly       长辈版 (large type, spoken prompts) for this visit
 * @param documentPrinterReady an A4 document printer is there and can print (its last known status)
 */
public record VisitState(long number, Step step, VisitData data, Set<OutOfServiceReason> outOfService,
                         boolean printerReady, boolean elderly, boolean documentPrinterReady) {

    public VisitState {
        outOfService = outOfService.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outOfService));
    }

    /** Before the first visit: attract, in service, no printer known yet. */
    public static VisitState initial(boolean elderly) {
        return new VisitState(0, new Step.Attract(), VisitData.empty(), Set.of(), false, elderly, false);
    }

    /** No citizen is in a visit: the attract or out-of-service screen shows (a restart or an update may go ahead). */
    public boolean noCitizen() {
        return step instanceof Step.Attract || step instanceof Step.OutOfService;
    }

    public boolean inService() {
        return outOfService.isEmpty();
    }

    VisitState at(Step s) {
        return new VisitState(number, s, data, outOfService, printerReady, elderly, documentPrinterReady);
    }

    VisitState with(VisitData d) {
        return new VisitState(number, step, d, outOfService, printerReady, elderly, documentPrinterReady);
    }

    VisitState with(Step s, VisitData d) {
        return new VisitState(number, s, d, outOfService, printerReady, elderly, documentPrinterReady);
    }

    VisitState serving(Set<OutOfServiceReason> reasons) {
        return new VisitState(number, step, data, reasons, printerReady, elderly, documentPrinterReady);
    }

    VisitState printer(boolean ready) {
        return new VisitState(number, step, data, outOfService, ready, elderly, documentPrinterReady);
    }

    VisitState elderly(boolean on) {
        return new VisitState(number, step, data, outOfService, printerReady, on, documentPrinterReady);
    }

    VisitState documentPrinter(boolean ready) {
        return new VisitState(number, step, data, outOfService, printerReady, elderly, ready);
    }

    VisitState next(Step s, VisitData d) {
        return new VisitState(number + 1, s, d, outOfService, printerReady, elderly, documentPrinterReady);
    }
}
