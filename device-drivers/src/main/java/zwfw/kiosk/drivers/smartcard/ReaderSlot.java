package zwfw.kiosk.drivers.smartcard;

/** One reader as seen now: its name, whether a card is in it, and the card's ATR (hex, empty without a card). */
public record ReaderSlot(String name, boolean cardPresent, String atrHex) {

    public ReaderSlot {
        atrHex = atrHex == null ? "" : atrHex;
    }
}
