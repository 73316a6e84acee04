package zwfw.kiosk.drivers.idcard.serial;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;

/** Records everything a reader tells its listeners, for tests to wait on. */
final class ReaderEvents implements IdCardListener, DeviceListener {
    final List<IdCard> cards = new CopyOnWriteArrayList<>();
    final List<Long> arrivedAtNanos = new CopyOnWriteArrayList<>();
    final List<DeviceError> readFailures = new CopyOnWriteArrayList<>();
    final List<DeviceError> errors = new CopyOnWriteArrayList<>();
    final List<DeviceState> states = new CopyOnWriteArrayList<>();
    volatile int removals;

    static ReaderEvents on(IdCardReader reader) {
        ReaderEvents e = new ReaderEvents();
        reader.addCardListener(e);
        reader.addListener(e);
        return e;
    }

    @Override
    public void cardArrived(IdCardReader reader, IdCard card) {
        arrivedAtNanos.add(System.nanoTime());
        cards.add(card);
    }

    @Override
    public void cardRemoved(IdCardReader reader) {
        removals++;
    }

    @Override
    public void readFailed(IdCardReader reader, DeviceError error) {
        readFailures.add(error);
    }

    @Override
    public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
        states.add(current.state());
    }

    @Override
    public void errorOccurred(Device device, DeviceError error) {
        errors.add(error);
    }

    boolean hasError(String code) {
        return errors.stream().anyMatch(e -> e.code().equals(code));
    }
}
