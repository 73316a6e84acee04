package zwfw.kiosk.drivers.idcard.serial;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.idcard.card.CardType;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.emulator.EmulatorFault;
import zwfw.kiosk.drivers.idcard.emulator.SamReaderEmulator;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * The sam-serial driver through jSerialComm against the reader emulator on a real
 * pseudo-terminal: every card type, every injected fault, unplug and replug.
 */
class SamSerialIdCardReaderOverPseudoTerminalTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private SamReaderEmulator emulator;
    private SamSerialIdCardReader reader;
    private ReaderEvents events;

    @AfterEach
    void tearDown() {
        if (reader != null) {
            reader.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private void startRig(SamReaderSettings settings) throws Exception {
        reader = new SamSerialIdCardReader("idcard", settings);
        events = ReaderEvents.on(reader);
        reader.open();
        reader.enable();
    }

    private SamReaderSettings fastSettings(String port) {
        return SamReaderSettings.of(port, 115200).withPollIntervalMs(40).withReplyTimeoutMs(250);
    }

    private void startEmulatorAndReader() throws Exception {
        emulator = SamReaderEmulator.start(dir.resolve("ttyIDCARD"), 115200);
        startRig(fastSettings(emulator.portPath()));
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.READY);
    }

    /** A card lifted and put back within one poll is, to any reader, a card that stayed: wait a few polls. */
    private void letTheReaderSeeNoCard() {
        long served = emulator.requestsServed();
        await().atMost(WAIT).until(() -> emulator.requestsServed() >= served + SamReaderSettings.DEFAULT_REMOVAL_POLLS + 1);
    }

    static Stream<IdCard> sampleCards() {
        return Stream.of(SampleCards.resident(), SampleCards.foreignPermanent(), SampleCards.hmtResidence(),
                SampleCards.residentLongTerm());
    }

    @ParameterizedTest
    @MethodSource("sampleCards")
    void everyCardTypeArrivesWithAllItsFields(IdCard sample) throws Exception {
        startEmulatorAndReader();
        emulator.placeCard(sample);

        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        IdCard got = events.cards.get(0);
        assertEquals(sample.type(), got.type());
        assertEquals(sample.name(), got.name());
        assertEquals(sample.englishName(), got.englishName());
        assertEquals(sample.gender(), got.gender());
        assertEquals(sample.ethnicity(), got.ethnicity());
        assertEquals(sample.nationality(), got.nationality());
        assertEquals(sample.birthDate(), got.birthDate());
        assertEquals(sample.address(), got.address());
        assertEquals(sample.idNumber(), got.idNumber());
        assertTrue(got.idNumberValid());
        assertEquals(sample.issuer(), got.issuer());
        assertEquals(sample.validFrom(), got.validFrom());
        assertEquals(sample.validTo(), got.validTo());
        assertEquals(sample.hasNoExpiry(), got.hasNoExpiry());
        assertEquals(sample.passNumber(), got.passNumber());
        assertEquals(sample.issueCount(), got.issueCount());
        assertEquals(sample.cardVersion(), got.cardVersion());
        assertArrayEquals(sample.photo(), got.photo());
        assertEquals(1024, got.photoLength());
        assertTrue(got.unreadableFields().isEmpty(), got.unreadableFields()::toString);
        assertEquals(DeviceState.READY, reader.status().state());
    }

    @Test
    void aCardLeftOnAReaderThatKeepsAnsweringPresentIsDeliveredOnce() throws Exception {
        startEmulatorAndReader();
        emulator.placeCard(SampleCards.resident());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        long served = emulator.requestsServed();

        await().atMost(WAIT).until(() -> emulator.requestsServed() > served + 10);
        assertEquals(1, events.cards.size());
        assertEquals(0, events.removals);
    }

    @Test
    void aCardLeftOnAReaderThatAnswersNoCardAfterAReadIsDeliveredOnce() throws Exception {
        startEmulatorAndReader();
        emulator.answerNoCardAfterRead(true);
        emulator.placeCard(SampleCards.resident());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        long served = emulator.requestsServed();

        await().atMost(WAIT).until(() -> emulator.requestsServed() > served + 10);
        assertEquals(1, events.cards.size());
    }

    @Test
    void liftingTheCardIsReportedAndPuttingItBackDeliversItAgain() throws Exception {
        startEmulatorAndReader();
        emulator.placeCard(SampleCards.hmtResidence());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);

        emulator.removeCard();
        await().atMost(WAIT).until(() -> events.removals == 1);

        emulator.placeCard(SampleCards.hmtResidence());
        await().atMost(WAIT).until(() -> events.cards.size() == 2);
    }

    @Test
    void noiseBeforeThePreambleIsSkipped() throws Exception {
        startEmulatorAndReader();
        emulator.inject(EmulatorFault.NOISE_BEFORE_PREAMBLE, 6);
        emulator.placeCard(SampleCards.resident());

        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        await().atMost(WAIT).until(() -> emulator.pendingFaults(EmulatorFault.NOISE_BEFORE_PREAMBLE) == 0);
        assertEquals("330302199001021230", events.cards.get(0).idNumber());
        assertTrue(events.readFailures.isEmpty());
    }

    @Test
    void aReplyWithABadChecksumIsRejectedAndTheReadRetried() throws Exception {
        startEmulatorAndReader();
        emulator.inject(EmulatorFault.BAD_CHECKSUM);
        emulator.placeCard(SampleCards.foreignPermanent());

        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        assertEquals(0, emulator.pendingFaults(EmulatorFault.BAD_CHECKSUM));
        assertEquals(CardType.FOREIGN_PERMANENT, events.cards.get(0).type());
        assertTrue(events.readFailures.isEmpty());
    }

    @Test
    void aTruncatedReplyTimesOutAndTheReadIsRetried() throws Exception {
        startEmulatorAndReader();
        emulator.inject(EmulatorFault.TRUNCATED_FRAME);
        emulator.placeCard(SampleCards.resident());

        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        assertEquals(0, emulator.pendingFaults(EmulatorFault.TRUNCATED_FRAME));
        assertEquals("张三", events.cards.get(0).name());
    }

    @Test
    void aReadFailureIsRetriedOnce() throws Exception {
        startEmulatorAndReader();
        emulator.inject(EmulatorFault.READ_FAILURE);
        emulator.placeCard(SampleCards.resident());

        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        assertTrue(events.readFailures.isEmpty());
    }

    @Test
    void aReadThatFailsTwiceIsReportedByTheReadersStatusNameAndTheCardMustBePlacedAgain() throws Exception {
        startEmulatorAndReader();
        emulator.inject(EmulatorFault.READ_FAILURE, 2);
        emulator.placeCard(SampleCards.resident());

        await().atMost(WAIT).until(() -> events.readFailures.size() == 1);
        assertEquals("READ_FAILED", events.readFailures.get(0).code());
        assertTrue(events.readFailures.get(0).message().contains("READ_FAILED (41)"));
        assertTrue(events.cards.isEmpty());
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.READY);

        assertEquals(0, events.removals);
        emulator.removeCard();
        letTheReaderSeeNoCard();
        // The card that would not read lay on the reader all the same: whoever placed it hears it was taken.
        await().atMost(WAIT).until(() -> events.removals == 1);
        emulator.placeCard(SampleCards.resident());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        assertEquals(1, events.readFailures.size());
    }

    @Test
    void aCardLiftedMidReadIsAFailedReadNotACard() throws Exception {
        startEmulatorAndReader();
        emulator.inject(EmulatorFault.CARD_REMOVED_MID_READ);
        emulator.placeCard(SampleCards.resident());

        await().atMost(WAIT).until(() -> events.readFailures.size() == 1);
        assertEquals("SELECT_FAILED", events.readFailures.get(0).code());
        assertTrue(events.cards.isEmpty());
        assertFalse(emulator.hasCard());

        letTheReaderSeeNoCard();
        emulator.placeCard(SampleCards.resident());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);
    }

    @Test
    void aSilentReaderGoesOfflineAndComesBackWhenItAnswersAgain() throws Exception {
        startEmulatorAndReader();
        emulator.inject(EmulatorFault.SILENCE, 4);

        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.OFFLINE);
        // The status changes at once; listeners hear of the error on the device's event thread, a moment later.
        await().atMost(WAIT).until(() -> events.hasError("NOT_RESPONDING"));
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.READY);

        emulator.placeCard(SampleCards.resident());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);
    }

    @Test
    void unpluggingMakesTheReaderOfflineAndReplugRecoversWithinThreeSecondsWithoutRestarting() throws Exception {
        startEmulatorAndReader();
        emulator.placeCard(SampleCards.resident());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);

        emulator.unplug();
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.OFFLINE);
        await().atMost(WAIT).until(() -> events.hasError("PORT_DISCONNECTED"));
        await().atMost(WAIT).until(() -> events.removals == 1);

        // Stay unplugged long enough for the backoff to reach its ceiling, and OFFLINE all that time (no flapping).
        await("offline while unplugged").during(Duration.ofMillis(1500)).atMost(WAIT)
                .until(() -> reader.status().state() == DeviceState.OFFLINE);

        emulator.replug();
        await().atMost(Duration.ofSeconds(3)).until(() -> reader.status().state() == DeviceState.READY);

        // Its removal was reported when the port went away, so the card still lying there is new again.
        await().atMost(WAIT).until(() -> events.cards.size() == 2);
        assertEquals(CardType.RESIDENT, events.cards.get(1).type());

        emulator.removeCard();
        await().atMost(WAIT).until(() -> events.removals == 2);
        emulator.placeCard(SampleCards.hmtResidence());
        await().atMost(WAIT).until(() -> events.cards.size() == 3);
        assertEquals(CardType.HMT_RESIDENCE, events.cards.get(2).type());
    }

    @Test
    void aPortMissingAtOpenLeavesTheReaderOfflineUntilThePortAppears() throws Exception {
        Path link = dir.resolve("ttyLATE");
        startRig(fastSettings(link.toString()));
        assertEquals(DeviceState.OFFLINE, reader.status().state());
        await().atMost(WAIT).until(() -> events.hasError("PORT_NOT_FOUND"));

        emulator = SamReaderEmulator.start(link, 115200);
        await().atMost(Duration.ofSeconds(3)).until(() -> reader.status().state() == DeviceState.READY);
        emulator.placeCard(SampleCards.resident());
        await().atMost(WAIT).until(() -> events.cards.size() == 1);
    }

    @Test
    void fingerprintsAreReadWhenConfigured() throws Exception {
        emulator = SamReaderEmulator.start(dir.resolve("ttyFP"), 115200);
        startRig(fastSettings(emulator.portPath()).withReadFingerprints(true));
        byte[] prints = new byte[512];
        java.util.Arrays.fill(prints, (byte) 0x3C);
        IdCard sample = SampleCards.resident();
        IdCard withPrints = IdCard.builder(CardType.RESIDENT).name(sample.name()).idNumber(sample.idNumber())
                .gender(sample.gender()).birthDate(sample.birthDate()).photo(sample.photo()).fingerprints(prints).build();
        emulator.placeCard(withPrints);

        await().atMost(WAIT).until(() -> events.cards.size() == 1);
        assertArrayEquals(prints, events.cards.get(0).fingerprints());
        assertNull(events.cards.get(0).validTo());
    }

    @Test
    void theHealthCheckAsksTheSamForItsStatus() throws Exception {
        startEmulatorAndReader();
        long before = emulator.requestsServed();
        HealthReport report = reader.checkHealth();
        assertTrue(report.healthy(), report.summary());
        assertTrue(report.summary().contains("SUCCESS (90)"), report.summary());
        assertTrue(emulator.requestsServed() > before);
    }

    @Test
    void theHealthCheckOfAnUnpluggedReaderIsUnhealthy() throws Exception {
        startEmulatorAndReader();
        emulator.unplug();
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.OFFLINE);
        assertFalse(reader.checkHealth().healthy());
    }
}
