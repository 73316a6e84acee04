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
 * @param cards         the cards the readers hold now (as far as they said)
 * @param leftBehind    those of {@code cards} that were there when the last visit ended: a citizen's
 *                      card left there never starts or identifies the next citizen's visit
 */
public record VisitState(long number, Step step, VisitData data, Set<OutOfServiceReason> outOfService,
                         boolean printerReady, boolean elderly, boolean documentPrinterReady, Set<Belonging> cards,
                         Set<Belonging> leftBehind) {

    public VisitState {
        outOfService = outOfService.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outOfService));
        cards = Set.copyOf(cards);
        leftBehind = Set.copyOf(leftBehind);
    }

    public VisitState(long number, Step step, VisitData data, Set<OutOfServiceReason> outOfService, boolean printerReady,
                      boolean elderly, boolean documentPrinterReady) {
        this(number, step, data, outOfService, printerReady, elderly, documentPrinterReady, Set.of(), Set.of());
    }

    /** Before the first visit: attract, in service, no printer known yet. */
    public static VisitState initial(boolean elderly) {
        return new VisitState(0, new Step.Attract(), VisitData.empty(), Set.of(), false, elderly, false);
    }

    /** No citizen is in a visit: the attract or out-of-service screen, or a reminder to take a card, shows (a restart or an update may go ahead). */
    public boolean noCitizen() {
        return !step.inVisit();
    }

    public boolean inService() {
        return outOfService.isEmpty();
    }

    VisitState at(Step s) {
        return new VisitState(number, s, data, outOfService, printerReady, elderly, documentPrinterReady, cards, leftBehind);
    }

    VisitState with(VisitData d) {
        return new VisitState(number, step, d, outOfService, printerReady, elderly, documentPrinterReady, cards, leftBehind);
    }

    VisitState with(Step s, VisitData d) {
        return new VisitState(number, s, d, outOfService, printerReady, elderly, documentPrinterReady, cards, leftBehind);
    }

    VisitState serving(Set<OutOfServiceReason> reasons) {
        return new VisitState(number, step, data, reasons, printerReady, elderly, documentPrinterReady, cards, leftBehind);
    }

    VisitState printer(boolean ready) {
        return new VisitState(number, step, data, outOfService, ready, elderly, documentPrinterReady, cards, leftBehind);
    }

    VisitState elderly(boolean on) {
        return new VisitState(number, step, data, outOfService, printerReady, on, documentPrinterReady, cards, leftBehind);
    }

    VisitState documentPrinter(boolean ready) {
        return new VisitState(number, step, data, outOfService, printerReady, elderly, ready, cards, leftBehind);
    }

    /** The cards the readers hold, and those of them left behind by an ended visit. */
    VisitState cards(Set<Belonging> now, Set<Belonging> left) {
        return new VisitState(number, step, data, outOfService, printerReady, elderly, documentPrinterReady, now, left);
    }

    VisitState next(Step s, VisitData d) {
        return new VisitState(number + 1, s, d, outOfService, printerReady, elderly, documentPrinterReady, cards, leftBehind);
    }
}
