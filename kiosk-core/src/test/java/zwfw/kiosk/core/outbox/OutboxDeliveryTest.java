package zwfw.kiosk.core.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.kiosk.core.platform.PlatformTimeouts;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;

class OutboxDeliveryTest {
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
    void aCommittedCaseSurvivesReopeningAndIsSealedAtRest() throws Exception {
        OutboxEntry e = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        k.db.close();
        byte[] onDisk = OnDisk.everyFile(k.dataDir);
        for (String secret : List.of(KioskFixture.ID_NUMBER, KioskFixture.NAME, KioskFixture.PHONE)) {
            assertFalse(OnDisk.contains(onDisk, secret.getBytes(StandardCharsets.UTF_8)), "plain personal data on disk");
        }
        try (KioskDatabase again = KioskDatabase.open(k.dataDir, KioskFixture.migrations())) {
            Outbox reopened = new Outbox(again, KioskFixture.KEY, Clock.systemUTC());
            assertEquals(1, reopened.depth());
            assertEquals(KioskFixture.ID_NUMBER, reopened.caseSubmission(e.clientRef()).orElseThrow().applicant().idNumber());
            byte[] wrongKey = new byte[32];
            Outbox withWrongKey = new Outbox(again, wrongKey, Clock.systemUTC());
            RuntimeException ex = assertThrows(RuntimeException.class, () -> withWrongKey.caseSubmission(e.clientRef()));
            assertFalse(ex.getMessage().contains(KioskFixture.ID_NUMBER));
        }
    }



    @Test
    void casesAreDeliveredInTheOrderTheyWereCommitted() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            order.add(k.outbox.enqueueCase(KioskFixture.aCase("RS-0001")).clientRef());
        }
        List<String> delivered = new CopyOnWriteArrayList<>();
        DeliveryWorker w = k.worker(new OutboxListener() {
            @Override
            public void delivered(OutboxEntry entry) {
                delivered.add(entry.clientRef());
            }
        });
        assertTrue(w.flush(Duration.ofSeconds(10)));
        assertEquals(order, delivered);
        List<String> caseNos = k.sim.cases().stream().map(PlatformSimulator.StoredCase::caseNo).toList();
        for (int i = 0; i < 5; i++) {
            assertEquals(caseNos.get(i), k.outbox.entry(order.get(i)).orElseThrow().caseNo());
        }
    }

    @Test
    void aDeliveredMarkUndoneByAPowerCutOnlySendsTheCaseAgainUnderTheSameNumber() {
        String ref = k.outbox.enqueueCase(KioskFixture.aCase(UUID.randomUUID().toString(), "GA-0002", Map.of("purpose", "就业", "phone", KioskFixture.PHONE)))
                .clientRef();
        DeliveryWorker w = k.worker(null);
        assertTrue(w.flush(Duration.ofSeconds(30)));
        String caseNo = k.outbox.entry(ref).orElseThrow().caseNo();
        assertNotNull(caseNo);
        // What a power cut before the unsynced mark reached the disk leaves: the case committed, still waiting.
        k.db.transaction(c -> {
            try (var ps = c.prepareStatement("UPDATE outbox SET state='QUEUED', case_no=NULL, delivered_at=NULL WHERE client_ref=?")) {
                ps.setString(1, ref);
                return ps.executeUpdate();
            }
        });
        assertTrue(w.flush(Duration.ofSeconds(30)));
        assertEquals(caseNo, k.outbox.entry(ref).orElseThrow().caseNo());
        assertEquals(1, k.sim.cases().size(), "filed once");
    }

    @Test
    void commitsAfterADeliveredMarkAreFsyncedAgain() {
        k.outbox.enqueueCase(KioskFixture.aCase(UUID.randomUUID().toString(), "GA-0002", Map.of("purpose", "就业", "phone", KioskFixture.PHONE)));
        assertTrue(k.worker(null).flush(Duration.ofSeconds(30)));
        int synchronous = k.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA synchronous")) {
                return rs.getInt(1);
            }
        });
        assertEquals(2, synchronous, "FULL (2): the next case enqueued survives a power cut");
    }

    @Test
    void transientFailuresAreRetriedWithTheSameClientCaseIdUntilDeliveredExactlyOnce() {
        k.sim.setFaults(Faults.parse("error=0.4,drop=0.4,seed=11"));
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            refs.add(k.outbox.enqueueCase(KioskFixture.aCase("RS-0001")).clientRef());
        }
        DeliveryWorker w = k.worker(null);
        assertTrue(w.flush(Duration.ofSeconds(30)));
        assertEquals(0, k.outbox.depth());
        List<String> onPlatform = k.sim.cases().stream().map(PlatformSimulator.StoredCase::clientCaseId).sorted().toList();
        assertEquals(refs.stream().sorted().toList(), onPlatform);
        assertTrue(refs.stream().anyMatch(r -> k.outbox.entry(r).orElseThrow().attempts() > 1), "faults were injected");
    }

    @Test
    void aRejectedCaseIsKeptAsRejectedWithoutItsPersonalDataAndDoesNotBlockTheNext() {
        OutboxEntry bad = k.outbox.enqueueCase(KioskFixture.aCase(UUID.randomUUID().toString(), "RS-0001",
                Map.of("purpose", "个人证明", "phone", "12345")));
        OutboxEntry good = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        List<PlatformError> rejections = new CopyOnWriteArrayList<>();
        DeliveryWorker w = k.worker(new OutboxListener() {
            @Override
            public void rejected(OutboxEntry entry, PlatformError error) {
                rejections.add(error);
            }
        });
        assertTrue(w.flush(Duration.ofSeconds(10)));
        OutboxEntry after = k.outbox.entry(bad.clientRef()).orElseThrow();
        assertEquals(EntryState.REJECTED, after.state());
        assertFalse(after.personalDataHeld());
        assertEquals("400 VALIDATION_FAILED (form.phone)", after.lastError());
        assertEquals("form.phone", rejections.get(0).field());
        assertEquals(EntryState.DELIVERED, k.outbox.entry(good.clientRef()).orElseThrow().state());
    }

    @Test
    void personalFieldsAreDeletedOnceDeliveredAndTheVisitEndedButMetadataStays() {
        OutboxEntry e = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        assertTrue(k.outbox.visitEnded(e.clientRef())); // visit over while queued: still needed for delivery
        assertTrue(k.outbox.entry(e.clientRef()).orElseThrow().personalDataHeld());
        assertTrue(k.worker(null).flush(Duration.ofSeconds(5)));
        OutboxEntry done = k.outbox.entry(e.clientRef()).orElseThrow();
        assertFalse(done.personalDataHeld());
        assertTrue(k.outbox.caseSubmission(e.clientRef()).isEmpty());
        assertEquals("RS-0001", done.serviceCode());
        assertNotNull(done.caseNo());

        OutboxEntry second = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        assertTrue(k.worker(null).flush(Duration.ofSeconds(5)));
        assertTrue(k.outbox.entry(second.clientRef()).orElseThrow().personalDataHeld(), "visit not ended yet");
        assertTrue(k.outbox.visitEnded(second.clientRef()));
        assertFalse(k.outbox.entry(second.clientRef()).orElseThrow().personalDataHeld());
        assertFalse(k.outbox.visitEnded(UUID.randomUUID().toString()), "no such case: nothing to do");
    }

    @Test
    void rateLimitingWaitsTheRetryAfterBeforeTheNextAttempt() {
        k.sim.setFaults(Faults.parse("429=1,retryAfter=1"));
        OutboxEntry e = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        DeliveryWorker w = k.worker(null);
        DeliveryWorker.Attempt a = w.deliverNext();
        assertEquals(EntryState.QUEUED, ((DeliveryWorker.Attempt.Sent) a).newState());
        OutboxEntry after = k.outbox.entry(e.clientRef()).orElseThrow();
        long waitMs = Duration.between(after.lastAttemptAt(), after.nextAttemptAt()).toMillis();
        assertTrue(waitMs >= 990 && waitMs <= 1010, "waits " + waitMs + " ms");
        assertTrue(w.deliverNext() instanceof DeliveryWorker.Attempt.NotYet);
        k.sim.setFaults(Faults.none());
        await().atMost(Duration.ofSeconds(3)).until(() -> w.deliverNext() instanceof DeliveryWorker.Attempt.Sent s
                && s.newState() == EntryState.DELIVERED);
    }

    @Test
    void aWrongSecretHoldsTheCaseQueuedAndAlertsStaff() {
        try (KioskFixture wrong = new KioskFixture(dir.resolve("w"), "not-the-secret", PlatformTimeouts.defaults())) {
            List<PlatformError> alerts = new CopyOnWriteArrayList<>();
            DeliveryWorker w = wrong.worker(new OutboxListener() {
                @Override
                public void operatorAlert(OutboxEntry entry, PlatformError error) {
                    alerts.add(error);
                }
            });
            OutboxEntry e = wrong.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
            w.deliverNext();
            assertEquals(PlatformError.Kind.UNAUTHORIZED, alerts.get(0).kind());
            assertEquals("BAD_SIGNATURE", alerts.get(0).code());
            OutboxEntry held = wrong.outbox.entry(e.clientRef()).orElseThrow();
            assertEquals(EntryState.QUEUED, held.state());
            assertTrue(held.personalDataHeld());
            assertEquals(1, wrong.outbox.status().depth());
            assertEquals("401 BAD_SIGNATURE", wrong.outbox.status().entries().get(0).lastError());
        }
    }

    @Test
    void aConflictingBodyUnderTheSameIdIsParkedForStaff() {
        String id = UUID.randomUUID().toString();
        assertTrue(k.client.submitCase(KioskFixture.aCase(id, "RS-0001", Map.of("purpose", "购房", "phone", KioskFixture.PHONE))).isOk());
        k.outbox.enqueueCase(KioskFixture.aCase(id, "RS-0001", Map.of("purpose", "落户", "phone", KioskFixture.PHONE)));
        List<PlatformError> alerts = new CopyOnWriteArrayList<>();
        DeliveryWorker w = k.worker(new OutboxListener() {
            @Override
            public void operatorAlert(OutboxEntry entry, PlatformError error) {
                alerts.add(error);
            }
        });
        assertFalse(w.flush(Duration.ofSeconds(2)));
        assertEquals(EntryState.CONFLICT, k.outbox.entry(id).orElseThrow().state());
        assertEquals(PlatformError.Kind.CONFLICT, alerts.get(0).kind());
        assertEquals(1, k.outbox.status().depth());
    }

    @Test
    void anEvaluationCommittedBeforeItsCaseHasANumberIsSentWithThatNumber() {
        OutboxEntry c = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
        k.outbox.enqueueEvaluation(new EvaluationSubmission(UUID.randomUUID().toString(), null, KioskFixture.KIOSK, 5,
                List.of("办理快捷"), "", "2026-11-24T09:31:00+08:00"), c.clientRef());
        assertTrue(k.worker(null).flush(Duration.ofSeconds(5)));
        assertEquals(1, k.sim.evaluationCount());
    }

    @Test
    void theSubmitPathCommitsThenDeliversOrQueues() {
        DeliveryWorker w = k.worker(null);
        CaseSubmitter submitter = new CaseSubmitter(k.outbox, w);
        SubmitOutcome ok = submitter.submit(KioskFixture.aCase("RS-0001"), Duration.ofSeconds(3));
        assertEquals(SubmitOutcome.State.DELIVERED, ok.state());
        assertTrue(ok.caseNo().startsWith("SA"));

        SubmitOutcome rejected = submitter.submit(KioskFixture.aCase(UUID.randomUUID().toString(), "XX-0000", Map.of()),
                Duration.ofSeconds(3));
        assertEquals(SubmitOutcome.State.REJECTED, rejected.state());
        assertEquals("platform.error.serviceUnavailable", rejected.messageKey());

        k.sim.setFaults(Faults.parse("error=1"));
        SubmitOutcome queued = submitter.submit(KioskFixture.aCase("RS-0001"), Duration.ofSeconds(3));
        assertEquals(SubmitOutcome.State.QUEUED, queued.state());
        assertNull(queued.caseNo());
        OutboxStatus status = k.outbox.status();
        assertEquals(1, status.depth());
        assertEquals("503 UNAVAILABLE", status.entries().get(0).lastError());
        assertEquals("zwfw://local-case?kiosk=" + KioskFixture.KIOSK + "&ref=" + queued.clientCaseId(),
                status.entries().get(0).receiptQrText(KioskFixture.KIOSK));

        w.start();
        k.sim.setFaults(Faults.none());
        await().atMost(Duration.ofSeconds(5)).until(() -> k.outbox.depth() == 0);
        w.close();
    }

    @Test
    void theSchemaMigratesForwardOnceAndAcceptsLaterSteps() {
        k.db.close();
        var extra = new ArrayList<>(KioskFixture.migrations());
        extra.add(zwfw.kiosk.core.storage.Migration.sql("usage", 1, "usage events",
                "CREATE TABLE usage_events(id INTEGER PRIMARY KEY, kind TEXT)"));
        try (KioskDatabase again = KioskDatabase.open(k.dataDir, extra)) {
            assertEquals(Outbox.migrations().size(), again.schemaVersion("outbox"));
            assertEquals(1, again.schemaVersion("usage"));
            again.transaction(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO usage_events(kind) VALUES('kept')");
                }
                return null;
            });
        }
        // Opened again with the same steps: the later step does not run a second time (it would fail on the
        // existing table, or drop the row if it recreated it).
        try (KioskDatabase third = KioskDatabase.open(k.dataDir, extra)) {
            assertEquals(1, third.schemaVersion("usage"));
            assertEquals(List.of("kept"), third.read(c -> {
                List<String> kinds = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT kind FROM usage_events")) {
                    while (rs.next()) {
                        kinds.add(rs.getString(1));
                    }
                }
                return kinds;
            }));
        }
    }
}
