package zwfw.kiosk.drivers.idcard;

import zwfw.kiosk.drivers.device.Device;

/**
 * A resident ID card reader. Once enabled it watches for cards by itself and tells its
 * {@link IdCardListener}s when one is read, when it is lifted, and when a read failed, on the
 * device's event thread. Each card is delivered once while it stays on the reader.
 */
public interface IdCardReader extends Device {

    void addCardListener(IdCardListener listener);

    void removeCardListener(IdCardListener listener);
}
