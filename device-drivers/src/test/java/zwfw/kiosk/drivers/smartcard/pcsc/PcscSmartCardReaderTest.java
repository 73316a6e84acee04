package zwfw.kiosk.drivers.smartcard.pcsc;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.CardStatusException;
import zwfw.kiosk.drivers.smartcard.ReaderSlot;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;
import zwfw.kiosk.drivers.smartcard.profile.CardIdentity;
import zwfw.kiosk.drivers.smartcard.profile.CardProfile;
import zwfw.kiosk.drivers.smartcard.profile.CardProfiles;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardApplet;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardData;
import zwfw.kiosk.drivers.smartcard.virtualcard.VpcdVirtualCard;

/** The real javax.smartcardio stack (jnasmartcardio → libpcsclite → pcscd → vpcd) against the Java virtual card. */
@ExtendWith(Pcscd.class)
class PcscSmartCardReaderTest {
    private static final String READER = "Virtual PCD 00 00";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final CardProfile profile = CardProfiles.shipped(CardProfiles.SOCIAL_SECURITY);
    private final VpcdVirtualCard card = new VpcdVirtualCard(new SocialSecurityCardApplet(SocialSecurityCardData.sample()));
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<DeviceState> states = new CopyOnWriteArrayList<>();
    private PcscSmartCardReader reader;

    @AfterEach
    void tearDown() {
        card.close();
        if (reader != null) {
            reader.close();
        }
        // Let pcscd notice the card left, so the next test does not meet this card's ghost.
        Pcscd.awaitNoCardIn(READER);
    }

    private PcscSmartCardReader openReader(String readerFilter) throws DeviceException {
        reader = new PcscSmartCardReader("sscard", new PcscSettings(readerFilter, 200, 200, "*"));
        reader.addCardListener(new CardListener() {
            @Override
            public void cardInserted(SmartCardReader r, CardInfo info) {
                events.add("in:" + info.readerName() + ":" + info.atrHex());
            }

            @Override
            public void cardRemoved(SmartCardReader r, String readerName) {
                events.add("out:" + readerName);
            }
        });
        reader.addListener(new DeviceListener() {
            @Override
            public void statusChanged(Device device, DeviceStatus previous, DeviceStatus current) {
                states.add(current.state());
            }
        });
        reader.open();
        reader.enable();
        return reader;
    }

    private static String atr() {
        return java.util.HexFormat.of().withUpperCase().formatHex(new SocialSecurityCardApplet(SocialSecurityCardData.sample()).atr());
    }

    @Test
    void bothVirtualReadersAreListedWithoutACard() throws Exception {
        openReader("");
        List<ReaderSlot> slots = reader.readers();
        assertTrue(slots.stream().anyMatch(s -> s.name().equals(READER) && !s.cardPresent()), slots.toString());
        assertTrue(slots.stream().anyMatch(s -> s.name().equals("Virtual PCD 00 01")), slots.toString());
        assertEquals(DeviceState.READY, reader.status().state());
    }

    @Test
    void aCardIsSeenArrivingReadLeavingAndArrivingAgain() throws Exception {
        openReader(READER);
        card.insert();
        await().atMost(WAIT).until(() -> events.contains("in:" + READER + ":" + atr()));

        CardIdentity id = reader.read(null, profile);
        SocialSecurityCardData data = SocialSecurityCardData.sample();
        assertEquals(data.name(), id.name());
        assertEquals(data.idNumber(), id.idNumber());
        assertEquals(data.cardNumber(), id.cardNumber());
        assertEquals("2019-03-15", id.issueDate());
        assertEquals("2029-03-15", id.expiryDate());
        assertEquals("1949-12-31", id.birthDate());
        assertEquals("330304", id.fields().get("birthplace"));
        assertEquals(DeviceState.READY, reader.status().state());
        assertTrue(states.contains(DeviceState.BUSY), "reading shows the device busy: " + states);

        card.remove();
        await().atMost(WAIT).until(() -> events.contains("out:" + READER));
        DeviceException gone = assertThrows(DeviceException.class, () -> reader.read(READER, profile));
        assertEquals("NO_CARD", gone.code());

        card.insert();
        await().atMost(WAIT).until(() -> events.stream().filter(e -> e.startsWith("in:")).count() == 2);
        assertEquals(data.name(), reader.read(READER, profile).name());
    }

    @Test
    void aRefusedCommandIsANamedStatusError() throws Exception {
        openReader(READER);
        card.insert();
        await().atMost(WAIT).until(() -> events.size() == 1);
        CardStatusException e = assertThrows(CardStatusException.class, () -> reader.withCard(null, ch -> {
            ch.exchange(profile.selectApplicationCommand(), "SELECT application");
            return ch.exchange(CardProfile.selectFileCommand(0xEF99), "SELECT FILE EF99");
        }));
        assertEquals("CARD_FILE_NOT_FOUND", e.code());
        assertEquals(0x6A82, e.statusWord());
        assertEquals("SELECT FILE EF99: card answered 6A82 (file not found)", e.getMessage());
    }

    @Test
    void aCardPulledOutDuringAReadIsANamedCommunicationFailure() throws Exception {
        openReader(READER);
        card.insert();
        await().atMost(WAIT).until(() -> events.size() == 1);
        DeviceException e = assertThrows(DeviceException.class, () -> reader.withCard(null, ch -> {
            ch.exchange(profile.selectApplicationCommand(), "SELECT application");
            card.remove();
            await().atMost(WAIT).until(() -> !card.isConnected());
            return ch.exchange(CardProfile.selectFileCommand(0xEF05), "SELECT FILE EF05");
        }));
        // vpcd reports the broken exchange as SCARD_E_NOT_TRANSACTED (real readers often too).
        assertEquals("CARD_COMMUNICATION_FAILED", e.code(), e.getMessage());
        assertEquals("APDU exchange broke off: the card was pulled out or has a bad contact", e.getMessage());
        assertEquals(DeviceState.READY, reader.status().state());
    }

    @Test
    void aReaderThatIsNotThereLeavesTheDeviceOffline() throws Exception {
        openReader("No Such Reader");
        assertEquals(DeviceState.OFFLINE, reader.status().state());
        assertEquals(PcscSmartCardReader.CONDITION_NO_READER, reader.status().condition());
        DeviceException e = assertThrows(DeviceException.class, () -> reader.read(null, profile));
        assertEquals(PcscSmartCardReader.CONDITION_NO_READER, e.code());
    }

    @Test
    void aPcscdRestartTakesTheReaderOfflineAndItComesBackReadyByItself() throws Exception {
        openReader(READER);
        card.insert();
        await().atMost(WAIT).until(() -> events.size() == 1);

        Pcscd.stop();
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.OFFLINE);
        assertEquals(PcscSmartCardReader.CONDITION_PCSC_UNAVAILABLE, reader.status().condition());
        await().atMost(WAIT).until(() -> events.contains("out:" + READER));

        Pcscd.start();
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.READY);
        // The virtual card reconnects to the new daemon's vpcd, like a card still lying on the reader.
        await().atMost(WAIT).until(() -> events.stream().filter(e -> e.startsWith("in:")).count() == 2);
        assertEquals(SocialSecurityCardData.sample().idNumber(), reader.read(null, profile).idNumber());
        assertFalse(states.isEmpty());
    }
}
