package zwfw.kiosk.core.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.platform.sim.Faults;

/** Submission returns a future that the delivery worker completes when it has tried the case: no polling. */
class CaseSubmitterTest {
    @TempDir
    Path dir;
    KioskFixture k;
    DeliveryWorker worker;
    CaseSubmitter submitter;

    @BeforeEach
    void start() {
        k = new KioskFixture(dir);
        worker = k.worker(null);
        submitter = new CaseSubmitter(k.outbox, worker);
    }

    @AfterEach
    void stop() {
        worker.close();
        k.close();
    }

    @Test
    void theFutureStaysOpenUntilTheWorkerTriesTheCaseAndThenCarriesItsOutcome() {
        CaseSubmission c = KioskFixture.aCase("RS-0001");
        CompletableFuture<SubmitOutcome> outcome = submitter.submit(c);

        assertEquals(1, k.outbox.depth(), "committed before anything is told");
        assertFalse(outcome.isDone(), "no worker ran: nobody tried the case");

        DeliveryWorker.Attempt tried = worker.deliverNext();

        assertTrue(tried instanceof DeliveryWorker.Attempt.Sent);
        assertTrue(outcome.isDone(), "completed by the try itself");
        SubmitOutcome o = outcome.join();
        assertEquals(SubmitOutcome.State.DELIVERED, o.state());
        assertEquals(k.outbox.entry(c.clientCaseId()).orElseThrow().caseNo(), o.caseNo());
    }

    @Test
    void theRunningWorkerCompletesTheFutureWithDeliveredRejectedOrQueued() throws Exception {
        worker.start();
        SubmitOutcome delivered = submitter.submit(KioskFixture.aCase("RS-0001")).get(5, TimeUnit.SECONDS);
        assertEquals(SubmitOutcome.State.DELIVERED, delivered.state());
        assertTrue(delivered.caseNo().startsWith("SA"));

        SubmitOutcome rejected = submitter.submit(KioskFixture.aCase(UUID.randomUUID().toString(), "XX-0000", Map.of()))
                .get(5, TimeUnit.SECONDS);
        assertEquals(SubmitOutcome.State.REJECTED, rejected.state());
        assertEquals("platform.error.serviceUnavailable", rejected.messageKey());

        k.sim.setFaults(Faults.parse("error=1,path=/api/v1/cases"));
        CaseSubmission c = KioskFixture.aCase("RS-0001");
        SubmitOutcome queued = submitter.submit(c).get(5, TimeUnit.SECONDS);
        assertEquals(SubmitOutcome.State.QUEUED, queued.state());
        assertTrue(queued.message().contains("503"), queued.message());
        assertEquals(EntryState.QUEUED, k.outbox.entry(c.clientCaseId()).orElseThrow().state());
    }

    @Test
    void aWaiterThatStopsWaitingTellsQueuedAndTheCaseIsStillDelivered() throws Exception {
        k.sim.setFaults(Faults.parse("hang=1,hangMs=1000,path=/api/v1/cases")); // a slow first try, answered in the end
        worker.start();
        CaseSubmission c = KioskFixture.aCase("RS-0001");

        SubmitOutcome told = submitter.submit(c)
                .completeOnTimeout(SubmitOutcome.queued(c.clientCaseId()), 100, TimeUnit.MILLISECONDS)
                .get(5, TimeUnit.SECONDS);

        assertEquals(SubmitOutcome.State.QUEUED, told.state());
        assertEquals("case.queued", told.messageKey());
        assertTrue(k.outbox.entry(c.clientCaseId()).orElseThrow().personalDataHeld(), "durable while it waits");
        await().atMost(Duration.ofSeconds(5)).until(() -> k.outbox.entry(c.clientCaseId()).orElseThrow().state() == EntryState.DELIVERED);
        assertEquals(1, k.sim.cases().size());
    }

    @Test
    void resubmittingACaseThePlatformAlreadyAnsweredCompletesAtOnce() {
        CaseSubmission c = KioskFixture.aCase("RS-0001");
        assertEquals(SubmitOutcome.State.DELIVERED, submitter.submit(c, Duration.ofSeconds(5)).state());

        CompletableFuture<SubmitOutcome> again = submitter.submit(c);

        assertTrue(again.isDone());
        assertEquals(SubmitOutcome.State.DELIVERED, again.join().state());
        assertEquals(1, k.sim.cases().size());
    }

    @Test
    void theBlockingFormDrivesDeliveryItselfWhenNoWorkerRuns() {
        k.sim.setFaults(Faults.parse("error=1,path=/api/v1/cases"));
        SubmitOutcome queued = submitter.submit(KioskFixture.aCase("RS-0001"), Duration.ofSeconds(5));
        assertEquals(SubmitOutcome.State.QUEUED, queued.state());
        assertEquals(1, k.outbox.entry(queued.clientCaseId()).orElseThrow().attempts(), "tried once, then told");
    }
}
