package zwfw.kiosk.drivers.smartcard.virtualcard;

/** The behaviour of a card in software: its ATR, what a reset does, and its answer to each command APDU. */
public interface CardApplet {

    byte[] atr();

    /** Power-on or reset: forget any selection. */
    void reset();

    /** Answers one command APDU with a response APDU (data + SW1 SW2). Never throws on bad input. */
    byte[] process(byte[] command);
}
