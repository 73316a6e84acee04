package zwfw.kiosk.app.screen;

import java.time.Clock;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.attract.AttractView;
import zwfw.kiosk.app.screen.attract.AttractViewModel;
import zwfw.kiosk.app.screen.home.HomeView;
import zwfw.kiosk.app.screen.home.HomeViewModel;
import zwfw.kiosk.app.screen.home.ServiceUsage;
import zwfw.kiosk.core.catalog.ServiceItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.config.StaffedHall;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;

/**
 * Decides which screen is on the window. Device events arrive on device threads and are handed
 * to the FX thread here; everything else runs on the FX thread.
 */
public final class KioskNavigator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskNavigator.class);

    private final ScreenHost host;
    private final Messages messages;
    private final KioskConfig config;
    private final KioskAssembly assembly;
    private final AttractViewModel attractModel;
    private final AttractView attract;
    private final CardHandOver cards = new CardHandOver();
    private final ReaderHealth readerHealth = new ReaderHealth();
    private final ServiceUsage usage = new ServiceUsage();
    private final BooleanProperty elderly = new SimpleBooleanProperty(false);
    private IdCardReader reader;

    public KioskNavigator(ScreenHost host, Messages messages, KioskConfig config, KioskAssembly assembly, Clock clock) {
        this.host = host;
        this.messages = messages;
        this.config = config;
        this.assembly = assembly;
        elderly.addListener((o, was, on) -> {
            if (on) {
                host.root().getStyleClass().add("elderly");
            } else {
                host.root().getStyleClass().remove("elderly");
            }
        });
        elderly.set(config.ui().elderlyModeByDefault());
        this.attractModel = new AttractViewModel(messages, config.centreName(), this::startSession);
        StaffedHall hall = config.staffedHall();
        this.attract = new AttractView(attractModel, clock,
                messages.text("outOfService.staffedHall", hall.name(), hall.hours(), hall.address(), config.hotline()));
    }

    public Messages messages() {
        return messages;
    }

    /** Listens to the ID card reader: a card on the attract screen starts a session. */
    public void connectDevices() {
        assembly.device(IdCardReader.class).ifPresent(r -> {
            reader = r;
            r.addCardListener(cards);
            r.addListener(readerHealth);
            Platform.runLater(() -> readerStatus(r.status()));
        });
    }

    public void attract() {
        host.show(attract);
    }

    /** Shows the out-of-service state; {@code reasonKey} names the reason in the message bundle. */
    public void outOfService(String reasonKey) {
        log.warn("out of service: {}", reasonKey);
        attractModel.outOfService(reasonKey);
        attract();
    }

    public void inService() {
        attractModel.inService();
    }

    public boolean isOutOfService() {
        return attractModel.outOfServiceProperty().get();
    }

    /** A tap on the attract screen, or a card on the reader. */
    void startSession() {
        HomeViewModel model = new HomeViewModel(messages, assembly.catalog().current(), usage, this::serviceChosen);
        host.show(new HomeView(model, bar()));
    }

    /** A service was chosen on the home screen. */
    void serviceChosen(ServiceItem service) {
        log.info("service chosen: {}", service.code());
    }

    /** Ends the citizen's session and goes back to the attract screen. */
    public void endSession() {
        attract();
    }

    private void toggleElderly() {
        elderly.set(!elderly.get());
    }

    public BooleanProperty elderlyProperty() {
        return elderly;
    }

    private SessionBar bar() {
        return new SessionBar(messages, this::endSession, this::toggleElderly);
    }

    private void cardArrived(IdCard card) {
        if (!"attract".equals(host.currentProperty().get()) || !attractModel.start()) {
            card.wipe();
            return;
        }
        card.wipe();
    }

    private void readerStatus(DeviceStatus status) {
        if (status.state().isUsable()) {
            if (isOutOfService() && "outOfService.reason.idCardReader".equals(currentReasonKey())) {
                inService();
            }
        } else if (!isOutOfService()) {
            outOfService("outOfService.reason.idCardReader");
        }
    }

    private String currentReasonKey() {
        return attractModel.reasonKeyProperty().get();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.removeCardListener(cards);
            reader.removeListener(readerHealth);
        }
    }

    /** Card events come on the reader's thread; the screen changes on the FX thread. */
    private final class CardHandOver implements IdCardListener {
        @Override
        public void cardArrived(IdCardReader r, IdCard card) {
            Platform.runLater(() -> KioskNavigator.this.cardArrived(card));
        }
    }

    private final class ReaderHealth implements DeviceListener {
        @Override
        public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
            Platform.runLater(() -> readerStatus(current));
        }
    }
}
