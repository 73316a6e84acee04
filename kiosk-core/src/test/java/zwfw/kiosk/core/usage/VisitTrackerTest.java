package zwfw.kiosk.core.usage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.VisitRecord.Outcome;
import zwfw.kiosk.core.usage.VisitRecord.Stage;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.Visit;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.visit.VisitRules;

/** A real visit, driven by its events, leaves one usage record per visit with what the store needs and nothing personal. */
class VisitTrackerTest {
    private static final ServiceItem SERVICE = new ServiceItem("RS-0003", "区人力社保局", "社保", new LocalizedText("失业登记", "Unemployment"),
            true, false, true, 5, List.of(new FormField("phone", FieldType.PHONE, new LocalizedText("手机", "Mobile"), true,
                    null, null, null, null, null, null)));
    private static final Person CITIZEN = new Person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", null);

    @TempDir
    Path dir;
    private KioskDatabase db;
    private UsageRecorder recorder;
    private Visit visit;
    private String language = "zh";

    @BeforeEach
    void visitFeedingTheStore() {
        db = UsageStoreFixture.open(dir);
        recorder = new UsageRecorder(new UsageLog(db, UsageStoreFixture.CLOCK), java.time.Clock.system(UsageStoreFixture.ZONE));
        visit = new Visit(new VisitRules(false));
        visit.subscribe(new UsageCounter(new UsageToday(UsageStoreFixture.CLOCK), recorder, () -> language));
    }

    @AfterEach
    void close() {
        recorder.close();
        db.close();
    }

    private void touch(Action a) {
        visit.accept(new VisitEvent.Touched(a));
    }

    private List<VisitRecord> stored(int n) {
        await().until(() -> recorder.journal().visits(Instant.EPOCH, Instant.now().plusSeconds(60)).size() == n);
        return recorder.journal().visits(Instant.EPOCH, Instant.now().plusSeconds(60));
    }

    private void upToTheResult(SubmitOutcome.State answer) {
        visit.accept(new VisitEvent.CardRead(CITIZEN));
        touch(new Action.ChooseService(SERVICE));
        touch(new Action.FormDone(Map.of("phone", "13800138000")));
        touch(new Action.Confirm());
        String id = ((Step.Submitting) visit.state().step()).clientCaseId();
        visit.accept(new VisitEvent.CaseAnswered(visit.state().number(), new SubmitOutcome(id, answer, "SA1", "https://p/q/SA1",
                null, "k", "m")));
    }

    @Test
    void aCaseFiledPrintedAndRatedPoorlyIsOneCompletedVisitWithItsReasonsAndNoPersonalData() {
        upToTheResult(SubmitOutcome.State.QUEUED);
        visit.accept(new VisitEvent.PrintFinished(visit.state().number(), true, ""));
        touch(new Action.Evaluate());
        touch(new Action.Rate(2, List.of("等待时间长"), "蓝天天 13800138000 的个人意见"));
        touch(new Action.Finish()); // off the thank-you

        VisitRecord v = stored(1).get(0);
        assertEquals(Outcome.COMPLETED, v.outcome());
        assertEquals(Stage.SUBMITTED, v.furthest());
        assertEquals(VisitRecord.Identification.CARD, v.identification());
        assertEquals("RS-0003", v.serviceCode());
        assertEquals("区人力社保局", v.department());
        assertEquals(VisitRecord.CaseResult.QUEUED, v.caseResult());
        assertEquals(VisitRecord.Receipt.PRINTED, v.receipt());
        assertEquals(2, v.evaluationLevel());
        assertEquals(List.of("等待时间长"), v.badReasons(), "the reason chosen, never the comment");
        assertEquals("thanks", v.lastStep(), "rated: the visit ends on the thank-you");
        assertEquals("zh", v.language());
        String everything = v.toString();
        assertEquals(false, everything.contains("蓝天天") || everything.contains("330304") || everything.contains("13800138000"));
    }

    @Test
    void aVisitLeftOnTheFormTimesOutThereAndOneEndedByTheCitizenIsAbandoned() {
        visit.accept(new VisitEvent.CardRead(CITIZEN));
        touch(new Action.ChooseService(SERVICE));
        visit.accept(new VisitEvent.IdleTimeout());

        language = "en";
        touch(new Action.Start());
        touch(new Action.ElderlyMode(true));
        touch(new Action.ChooseService(SERVICE));
        touch(new Action.EndVisit());

        List<VisitRecord> v = stored(2);
        assertEquals(Outcome.TIMED_OUT, v.get(0).outcome());
        assertEquals("form", v.get(0).lastStep());
        assertEquals(Stage.IDENTIFIED, v.get(0).furthest());
        assertEquals(Outcome.ABANDONED, v.get(1).outcome());
        assertEquals("identify", v.get(1).lastStep());
        assertEquals(Stage.SERVICE_CHOSEN, v.get(1).furthest());
        assertEquals(VisitRecord.Identification.NONE, v.get(1).identification());
        assertEquals(true, v.get(1).elderly());
        assertEquals("en", v.get(1).language());
    }

    @Test
    void aQrLoginIdentifiesByCodeAndAPlatformLockInterruptsTheVisit() {
        touch(new Action.Start());
        touch(new Action.ChooseService(SERVICE));
        visit.accept(new VisitEvent.CodeScanned("login-token"));
        visit.accept(new VisitEvent.QrLoginAnswered(visit.state().number(), new QrLogin.Outcome.Identified(CITIZEN)));
        visit.accept(new VisitEvent.ServiceChanged(Set.of(OutOfServiceReason.PLATFORM_LOCK)));

        VisitRecord v = stored(1).get(0);
        assertEquals(VisitRecord.Identification.QR_CODE, v.identification());
        assertEquals(Outcome.INTERRUPTED, v.outcome());
        await().until(() -> recorder.journal().periods(Instant.EPOCH, Instant.now().plusSeconds(60)).size() == 1);
        UsagePeriod lock = recorder.journal().periods(Instant.EPOCH, Instant.now().plusSeconds(60)).get(0);
        assertEquals(UsagePeriod.Kind.OUT_OF_SERVICE, lock.kind());
        assertEquals("PLATFORM_LOCK", lock.subject());
        assertEquals(null, lock.end());

        visit.accept(new VisitEvent.ServiceChanged(Set.of()));
        await().until(() -> recorder.journal().periods(Instant.EPOCH, Instant.now().plusSeconds(60)).get(0).end() != null);
    }

    @Test
    void anAttractScreenNobodyTouchedIsNoVisit() {
        visit.accept(new VisitEvent.ServiceChanged(Set.of()));
        visit.accept(new VisitEvent.IdleTimeout());
        touch(new Action.Start());
        touch(new Action.EndVisit());
        recorder.close(); // everything handed over is written
        assertEquals(1, recorder.journal().visits(Instant.EPOCH, Instant.now().plusSeconds(60)).size(),
                "only the visit that began with a touch");
    }
}
