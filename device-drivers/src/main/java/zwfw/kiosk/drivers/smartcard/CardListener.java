package zwfw.kiosk.drivers.smartcard;

/** Hears cards arrive and leave. Called on the device's event thread, in the order things happened. */
public interface CardListener {

    void cardInserted(SmartCardReader reader, CardInfo card);

    void cardRemoved(SmartCardReader reader, String readerName);
}
