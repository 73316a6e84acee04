package zwfw.kiosk.core.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;
import zwfw.platform.sim.Faults;

/** When the sealed personal data of a case leaves the disk: visit ended, platform answered, backstop. */
class PersonalDataPurgeTest {
    private static final List<String> PERSONAL = List.of(KioskFixture.NAME, KioskFixture.ID_NUMBER, KioskFixture.PHONE);

    @TempDir
    Path dir;
    KioskFixture k;

    @BeforeEach
    void start() {
        k = new KioskFixture(dir);
    }

    @AfterEach
    void stop() {
        k.close();
    }

    @Test
    void afterAVisitWhoseReceiptCouldNotBePrintedNoStoredBlobHoldsPersonalData() throws Exception {
        // Receipt refused (paper out): the visit ends without any print, once after delivery, once while still queued.
        OutboxEntry endedAfterDelivery = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        CaseSubmission agentCase = new CaseSubmission(UUID.randomUUID().toString(), "RS-0001", KioskFixture.KIOSK,
                CaseSubmission.KIOSK_CHANNEL, "2026-11-24T09:30:00+08:00",
                new Person(KioskFixture.NAME, IdType.RESIDENT_ID, KioskFixture.ID_NUMBER, KioskFixture.PHONE),
                new Person(KioskFixture.NAME, IdType.RESIDENT_ID, KioskFixture.ID_NUMBER, KioskFixture.PHONE),
                java.util.Map.of("purpose", "个人证明", "phone", KioskFixture.PHONE, "copies", 1), List.of());
        OutboxEntry endedWhileQueued = k.outbox.enqueueCase(agentCase);
        // The citizen's comment may name them: it is sealed like a case body, and goes once delivered.
        k.outbox.enqueueEvaluation(new EvaluationSubmission(UUID.randomUUID().toString(), null, KioskFixture.KIOSK, 5,
                List.of("办理快捷"), "我是" + KioskFixture.NAME + ",电话" + KioskFixture.PHONE, "2026-11-24T09:31:00+08:00"),
                endedAfterDelivery.clientRef());
        assertTrue(k.outbox.visitEnded(endedWhileQueued.clientRef()));
        assertTrue(blobsWithPersonalData() > 0, "the check sees sealed personal data while it is held");

        assertTrue(k.worker(null).flush(Duration.ofSeconds(10)));
        assertTrue(k.outbox.entry(endedAfterDelivery.clientRef()).orElseThrow().personalDataHeld(), "visit still going");
        assertTrue(k.outbox.visitEnded(endedAfterDelivery.clientRef()));

        List<String> deliveredHolding = k.db.read(c -> {
            List<String> refs = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT client_ref FROM outbox WHERE state='DELIVERED' AND sealed IS NOT NULL")) {
                while (rs.next()) {
                    refs.add(rs.getString(1));
                }
            }
            return refs;
        });
        assertEquals(List.of(), deliveredHolding);
        assertEquals(0, blobsWithPersonalData());
        assertEquals(0, k.outbox.status().answeredHoldingPersonalData());
        k.db.close();
        byte[] onDisk = OnDisk.everyFile(k.dataDir);
        for (String p : PERSONAL) {
            assertFalse(OnDisk.contains(onDisk, p.getBytes(StandardCharsets.UTF_8)), "plain personal data in the database files");
        }
    }

    /**
     * Every value of every row of every table: a blob is opened with the storage key (each text value of its
     * row tried as the seal's reference), then it, like every text value, is searched for the citizen's data.
     */
    private int blobsWithPersonalData() {
        FieldSeal seal = new FieldSeal(KioskFixture.KEY);
        return k.db.read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.contains("outbox"));
            int found = 0;
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        List<String> texts = new ArrayList<>();
                        List<byte[]> blobs = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof byte[] b) {
                                blobs.add(b);
                            } else if (v != null && md.getColumnType(i) != Types.BLOB) {
                                texts.add(v.toString());
                            }
                        }
                        for (String t : texts) {
                            found += mentions(t.getBytes(StandardCharsets.UTF_8)) ? 1 : 0;
                        }
                        for (byte[] b : blobs) {
                            found += mentions(opened(seal, b, texts)) ? 1 : 0;
                        }
                    }
                }
            }
            return found;
        });
    }

    private static byte[] opened(FieldSeal seal, byte[] blob, List<String> references) {
        for (String ref : references) {
            try {
                return seal.open(blob, ref);
            } catch (RuntimeException notThisReference) {
                // try the next value of the row
            }
        }
        return blob; // not sealed by us: search it as it is
    }

    private static boolean mentions(byte[] bytes) {
        return PERSONAL.stream().anyMatch(p -> OnDisk.contains(bytes, p.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCaseStillQueuedKeepsItsBodyPastTheBackstopAndLosesItOnceDelivered() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-29T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Outbox outbox = new Outbox(k.db, KioskFixture.KEY, clock, Duration.ofHours(24));
        DeliveryWorker worker = new DeliveryWorker(outbox, k.client, new Backoff(Duration.ofMillis(5), Duration.ofMillis(100),
                new Random(1)), Duration.ofMillis(200), null, clock);
        k.sim.setFaults(Faults.parse("error=1,path=/api/v1/cases"));
        OutboxEntry waiting = outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        worker.deliverNext();
        assertEquals(EntryState.QUEUED, outbox.entry(waiting.clientRef()).orElseThrow().state());

        clock.advance(Duration.ofHours(30));
        assertEquals(0, outbox.purgeExpiredPersonalData());
        assertTrue(outbox.entry(waiting.clientRef()).orElseThrow().personalDataHeld(), "still waiting to be delivered");
        assertTrue(outbox.caseSubmission(waiting.clientRef()).isPresent());

        k.sim.setFaults(Faults.none());
        worker.deliverNext();
        OutboxEntry delivered = outbox.entry(waiting.clientRef()).orElseThrow();
        assertEquals(EntryState.DELIVERED, delivered.state());
        assertFalse(delivered.personalDataHeld(), "answered and past the backstop: no visit can still need it");
    }

    @Test
    void theBackstopPurgesDeliveredCasesWhoseVisitNeverEndedWhenTheWorkerStarts() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-29T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Outbox outbox = new Outbox(k.db, KioskFixture.KEY, clock, Duration.ofHours(24));
        DeliveryWorker worker = new DeliveryWorker(outbox, k.client, new Backoff(Duration.ofMillis(5), Duration.ofMillis(100),
                new Random(1)), Duration.ofMillis(200), null, clock);
        OutboxEntry crashedVisit = outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        worker.deliverNext();
        clock.advance(Duration.ofMinutes(5));
        OutboxEntry newer = outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        worker.deliverNext();

        OutboxStatus status = outbox.status();
        assertEquals(2, status.answeredHoldingPersonalData());
        assertEquals(crashedVisit.createdAt(), status.oldestHoldingPersonalDataSince());

        clock.advance(Duration.ofHours(23).plusMinutes(58)); // the first is past 24 h, the second not yet
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> !outbox.entry(crashedVisit.clientRef()).orElseThrow().personalDataHeld());
        } finally {
            worker.close();
        }
        assertTrue(outbox.entry(newer.clientRef()).orElseThrow().personalDataHeld());
        assertEquals(1, outbox.status().answeredHoldingPersonalData());
        assertEquals(newer.createdAt(), outbox.status().oldestHoldingPersonalDataSince());
    }

    @Test
    void aDatabaseOfTheFirstSchemaLosesItsQueuedHeartbeatsAndKeepsWhatPrintedReceiptsMeant() {
        Path old = dir.resolve("old");
        List<Migration> firstSchema = Outbox.migrations().subList(0, 1);
        try (KioskDatabase db = KioskDatabase.open(old, firstSchema)) {
            db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO outbox(kind, client_ref, state, created_at, sealed) VALUES('HEARTBEAT','hb-1','QUEUED',1,x'00')");
                    s.execute("INSERT INTO outbox(kind, client_ref, service_code, state, created_at, receipt_printed, sealed)"
                            + " VALUES('CASE','case-printed','RS-0001','QUEUED',2,1,x'00')");
                    s.execute("INSERT INTO outbox(kind, client_ref, service_code, state, created_at, sealed)"
                            + " VALUES('CASE','case-open','RS-0001','QUEUED',3,x'00')");
                }
                return null;
            });
        }
        try (KioskDatabase db = KioskDatabase.open(old, Outbox.migrations())) {
            Outbox outbox = new Outbox(db, KioskFixture.KEY, Clock.systemUTC());
            assertTrue(outbox.entry("hb-1").isEmpty(), "queued heartbeats are dropped");
            assertEquals(2, outbox.depth());
            assertTrue(outbox.entry("case-printed").orElseThrow().visitEnded());
            assertFalse(outbox.entry("case-open").orElseThrow().visitEnded());
            assertNull(outbox.status().oldestHoldingPersonalDataSince());
        }
    }


}
