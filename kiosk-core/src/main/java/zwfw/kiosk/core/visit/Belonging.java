package zwfw.kiosk.core.visit;

/**
 * What a citizen may leave in the kiosk: the cards its readers say are still there. A receipt left in
 * the printer is not among them: no printer driver reports it (ESC/POS status tells paper near end
 * and out, and the supported printers have no presenter sensor).
 */
public enum Belonging {
    ID_CARD,
    SOCIAL_SECURITY_CARD
}
