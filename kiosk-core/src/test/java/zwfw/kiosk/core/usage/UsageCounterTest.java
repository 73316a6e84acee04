package zwfw.kiosk.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.HeartbeatReport;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.Visit;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.visit.VisitRules;

/** Both usage recorders are fed from the visit's one stream: nothing is counted anywhere else. */
class UsageCounterTest {
    private static final ServiceItem SERVICE = new ServiceItem("RS-0003", "人社局", "社保", new LocalizedText("失业登记", "Unemployment"),
            true, false, true, 5, List.of(new FormField("phone", FieldType.PHONE, new LocalizedText("手机", "Mobile"), true,
                    null, null, null, null, null, null)));
    private static final Person CITIZEN = new Person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", null);

    @TempDir
    Path dir;

    private static VisitEvent touch(Action a) {
        return new VisitEvent.Touched(a);
    }

    private static void fileACase(Visit visit, SubmitOutcome.State answer) {
        visit.accept(new VisitEvent.CardRead(CITIZEN));
        visit.accept(touch(new Action.ChooseService(SERVICE)));
        visit.accept(touch(new Action.FormDone(Map.of("phone", "13800138000"))));
        visit.accept(touch(new Action.Confirm()));
        String id = ((Step.Submitting) visit.state().step()).clientCaseId();
        visit.accept(new VisitEvent.CaseAnswered(visit.state().number(), new SubmitOutcome(id, answer, "SA1", "https://p/q/SA1",
                null, "k", "m")));
    }

    @Test
    void sessionsChoicesCasesEvaluationsAndAbandonedVisitsAreCountedFromTheVisitsMilestones() {
        List<Migration> migrations = new ArrayList<>(KioskFixture.migrations());
        migrations.addAll(UsageLog.migrations());
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        try (KioskDatabase db = KioskDatabase.open(dir, migrations)) {
            UsageToday today = new UsageToday(clock);
            UsageLog log = new UsageLog(db, clock);
            try (UsageRecorder daily = new UsageRecorder(log, clock)) {
                Visit visit = new Visit(new VisitRules(false));
                visit.subscribe(new UsageCounter(today, daily));

                fileACase(visit, SubmitOutcome.State.DELIVERED);
                visit.accept(touch(new Action.Evaluate()));
                visit.accept(touch(new Action.Rate(5, List.of(), "")));
                visit.accept(touch(new Action.Finish())); // the thank-you

                fileACase(visit, SubmitOutcome.State.REJECTED); // a refused case is not a submitted one
                visit.accept(touch(new Action.Finish()));

                visit.accept(touch(new Action.Start()));
                visit.accept(touch(new Action.ChooseService(SERVICE)));
                visit.accept(touch(new Action.EndVisit()));

                visit.accept(touch(new Action.Start()));
                visit.accept(touch(new Action.ChooseService(SERVICE)));
                visit.accept(new VisitEvent.IdleTimeout());

                visit.accept(touch(new Action.Start()));
                visit.accept(touch(new Action.EndVisit())); // no service: nothing abandoned
            }
            assertEquals(new HeartbeatReport.UsageToday(5, 1, 1), today.snapshot());
            UsageReport r = log.report(1);
            assertEquals(5, r.total(UsageEvent.SESSION_STARTED));
            assertEquals(4, r.count("RS-0003", UsageEvent.SERVICE_CHOSEN));
            assertEquals(1, r.count("RS-0003", UsageEvent.CASE_SUBMITTED));
            assertEquals(1, r.count("RS-0003", UsageEvent.ABANDONED_ENDED));
            assertEquals(1, r.count("RS-0003", UsageEvent.ABANDONED_TIMEOUT));
        }
    }
}
