package zwfw.kiosk.drivers.idcard.simulated;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.idcard.IdCardDrivers;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.CardType;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.serial.SamReaderSettings;
import zwfw.kiosk.drivers.idcard.serial.SamSerialIdCardReader;

class SimulatedIdCardReaderTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final List<IdCard> cards = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger removals = new AtomicInteger();

    private final IdCardListener listener = new IdCardListener() {
        @Override
        public void cardArrived(IdCardReader reader, IdCard card) {
            threads.add(Thread.currentThread().getName());
            cards.add(card);
        }

        @Override
        public void cardRemoved(IdCardReader reader) {
            removals.incrementAndGet();
        }
    };

    @Test
    void aPlacedCardIsDeliveredOnceOffTheCallersThreadAndItsRemovalReported() throws Exception {
        try (SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", 10)) {
            reader.addCardListener(listener);
            reader.open();
            reader.enable();
            reader.place(SampleCards.foreignPermanent());
            await().atMost(WAIT).until(() -> cards.size() == 1);
            assertEquals(CardType.FOREIGN_PERMANENT, cards.get(0).type());
            assertTrue(threads.get(0).startsWith("device-events-"));

            reader.remove();
            await().atMost(WAIT).until(() -> removals.get() == 1);
            assertEquals(1, cards.size());
            assertEquals(DeviceState.READY, reader.status().state());
        }
    }

    @Test
    void aCardThatWouldNotReadIsHeardWhenLiftedAsAnyCardIs() throws Exception {
        try (SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", 10)) {
            List<String> failures = new CopyOnWriteArrayList<>();
            reader.addCardListener(listener);
            reader.addCardListener(new IdCardListener() {
                @Override
                public void cardArrived(IdCardReader r, IdCard card) {
                    card.wipe();
                }

                @Override
                public void readFailed(IdCardReader r, zwfw.kiosk.drivers.device.DeviceError error) {
                    failures.add(error.code());
                }
            });
            reader.open();
            reader.enable();
            reader.placeUnreadable("READ_FAILED");
            await().atMost(WAIT).until(() -> failures.size() == 1);
            assertTrue(reader.hasCard(), "it lies on the reader");
            assertEquals(0, removals.get());

            reader.remove();
            await().atMost(WAIT).until(() -> removals.get() == 1);
            assertTrue(cards.isEmpty());
        }
    }

    @Test
    void aCardPlacedWhileDisabledArrivesOnEnable() throws Exception {
        try (SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", 0)) {
            reader.addCardListener(listener);
            reader.open();
            reader.place(SampleCards.hmtResidence());
            // Nothing arrives while disabled: the condition must hold for the whole window, not just at its end.
            await().during(Duration.ofMillis(100)).atMost(WAIT).until(cards::isEmpty);
            reader.enable();
            await().atMost(WAIT).until(() -> cards.size() == 1);
        }
    }

    @Test
    void everyListenerGetsItsOwnCopyToWipe() throws Exception {
        List<IdCard> other = new CopyOnWriteArrayList<>();
        try (SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", 0)) {
            reader.addCardListener(listener);
            reader.addCardListener((r, c) -> other.add(c));
            reader.open();
            reader.enable();
            reader.place(SampleCards.resident());
            await().atMost(WAIT).until(() -> cards.size() == 1 && other.size() == 1);
            assertNotSame(cards.get(0), other.get(0));
            cards.get(0).wipe();
            assertEquals("张三", other.get(0).name());
        }
    }

    @Test
    void anUnpluggedReaderIsOfflineAndReadsNothingUntilPluggedBack() throws Exception {
        List<DeviceState> states = new CopyOnWriteArrayList<>();
        try (SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", 0)) {
            reader.addCardListener(listener);
            reader.addListener(new zwfw.kiosk.drivers.device.DeviceListener() {
                @Override
                public void statusChanged(zwfw.kiosk.drivers.device.Device d, zwfw.kiosk.drivers.device.DeviceStatus was,
                                          zwfw.kiosk.drivers.device.DeviceStatus now) {
                    states.add(now.state());
                }
            });
            reader.open();
            reader.enable();
            reader.unplug();
            await().atMost(WAIT).until(() -> states.contains(DeviceState.OFFLINE));
            assertEquals(DeviceState.OFFLINE, reader.status().state());
            reader.place(SampleCards.resident());
            // No read while unplugged: the condition must hold for the whole window, not just at its end.
            await("no read while unplugged").during(Duration.ofMillis(100)).atMost(WAIT).until(cards::isEmpty);

            reader.plugBack();
            await().atMost(WAIT).until(() -> cards.size() == 1);
            assertEquals(DeviceState.READY, reader.status().state());
        }
    }

    @Test
    void bothDriversAreBuiltFromConfigurationWithTheirDefaults() throws DeviceException {
        DeviceRegistry registry = IdCardDrivers.registerAll(new DeviceRegistry());
        assertInstanceOf(SimulatedIdCardReader.class,
                registry.create(new DeviceConfig("idcard", DeviceKind.ID_CARD_READER, "simulated", Map.of())));
        SamSerialIdCardReader serial = (SamSerialIdCardReader) registry.create(new DeviceConfig("idcard",
                DeviceKind.ID_CARD_READER, "sam-serial", Map.of("port", "/dev/ttyUSB0", "baud", 9600, "readFingerprint", true)));
        SamReaderSettings s = serial.settings();
        assertEquals("/dev/ttyUSB0", s.port());
        assertEquals(9600, s.baud());
        assertEquals(200, s.pollIntervalMs());
        assertEquals(1000, s.replyTimeoutMs());
        assertTrue(s.readFingerprints());

        DeviceException e = assertThrows(DeviceException.class, () -> registry.create(
                new DeviceConfig("idcard", DeviceKind.ID_CARD_READER, "sam-serial", Map.of())));
        assertEquals("BAD_SETTINGS", e.code());
        assertTrue(e.getMessage().contains("port"));
    }
}
