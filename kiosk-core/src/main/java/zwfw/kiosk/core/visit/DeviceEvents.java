package zwfw.kiosk.core.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.cases.CaseDraft;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.scanner.CodeScanner;
import zwfw.kiosk.drivers.scanner.Scan;
import zwfw.kiosk.drivers.scanner.ScanListener;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;
import zwfw.kiosk.drivers.smartcard.profile.CardIdentity;
import zwfw.kiosk.drivers.smartcard.profile.CardProfiles;

/**
 * Turns what devices say, on their own threads, into the visit's events: a card's holder, a card
 * that would not read, a scanned code, the printer's status. The visit's current step decides
 * what each means. The card objects are wiped as soon as their holder is taken.
 */
public final class DeviceEvents implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeviceEvents.class);
    private final Visit visit;
    private final List<Runnable> detach = new ArrayList<>();
    /** A social security card is read with its profile here, never on the reader's event thread. */
    private final ExecutorService smartCardReads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-smartcard-read");
        t.setDaemon(true);
        return t;
    });

    public DeviceEvents(Visit visit) {
        this.visit = visit;
    }

    /** Listens to every device the visit cares about among {@code devices}. */
    public void connect(List<Device> devices) {
        for (Device d : devices) {
            if (d instanceof IdCardReader r) {
                IdCardListener l = new IdCards();
                r.addCardListener(l);
                detach.add(() -> r.removeCardListener(l));
            }
            if (d instanceof SmartCardReader r) {
                CardListener l = new SocialSecurityCards();
                r.addCardListener(l);
                detach.add(() -> r.removeCardListener(l));
            }
            if (d instanceof CodeScanner s) {
                ScanListener l = (scanner, scan) -> scanned(scan);
                s.addScanListener(l);
                detach.add(() -> s.removeScanListener(l));
            }
            if (d instanceof ReceiptPrinter p) {
                DeviceListener l = new DeviceListener() {
                    @Override
                    public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
                        visit.accept(new VisitEvent.DeviceChanged(DeviceKind.RECEIPT_PRINTER, current));
                    }
                };
                p.addListener(l);
                detach.add(() -> p.removeListener(l));
                visit.accept(new VisitEvent.DeviceChanged(DeviceKind.RECEIPT_PRINTER, p.status())); // its last known status
            }
        }
    }

    private void scanned(Scan scan) {
        visit.accept(new VisitEvent.CodeScanned(scan.text()));
    }

    private final class IdCards implements IdCardListener {
        @Override
        public void cardArrived(IdCardReader reader, IdCard card) {
            try {
                visit.accept(new VisitEvent.CardRead(CaseDraft.person(card), Belonging.ID_CARD));
            } finally {
                card.wipe();
            }
        }

        @Override
        public void cardRemoved(IdCardReader reader) {
            visit.accept(new VisitEvent.CardTaken(Belonging.ID_CARD));
        }

        @Override
        public void readFailed(IdCardReader reader, DeviceError error) {
            log.info("ID card not read: {}", error.code());
            visit.accept(new VisitEvent.CardUnreadable(Belonging.ID_CARD)); // on the reader until cardRemoved says not
        }
    }

    private final class SocialSecurityCards implements CardListener {
        @Override
        public void cardInserted(SmartCardReader reader, CardInfo card) {
            try {
                smartCardReads.execute(() -> read(reader, card));
            } catch (RejectedExecutionException e) {
                log.debug("social security card ignored: stopping");
            }
        }

        private void read(SmartCardReader reader, CardInfo card) {
            try {
                CardIdentity id = reader.read(card.readerName(), CardProfiles.shipped(CardProfiles.SOCIAL_SECURITY));
                visit.accept(new VisitEvent.CardRead(new Person(id.name(), IdType.RESIDENT_ID, id.idNumber(), null),
                        Belonging.SOCIAL_SECURITY_CARD));
            } catch (DeviceException e) {
                log.warn("social security card not read: {}", e.code());
                visit.accept(new VisitEvent.CardUnreadable(Belonging.SOCIAL_SECURITY_CARD));
            }
        }

        @Override
        public void cardRemoved(SmartCardReader reader, String readerName) {
            try {
                // In order after the card's read (on the same thread): a card taken out mid-read is not left "in" the reader.
                smartCardReads.execute(() -> visit.accept(new VisitEvent.CardTaken(Belonging.SOCIAL_SECURITY_CARD)));
            } catch (RejectedExecutionException e) {
                log.debug("social security card removal ignored: stopping");
            }
        }
    }

    @Override
    public void close() {
        detach.forEach(Runnable::run);
        detach.clear();
        smartCardReads.shutdownNow();
    }
}
