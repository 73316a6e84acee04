package zwfw.kiosk.core.visit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.CaseSubmitter;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.OutboxEntry;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;

/**
 * A whole visit driven by events alone, with the real outbox in SQLite, the platform simulator on
 * 127.0.0.1 and the simulated printer: the effects run off the caller's thread and their answers
 * come back as events; the visit's end releases its case's personal data however the receipt went.
 */
class VisitEffectsTest {
    private static final ServiceItem CERTIFICATE = new ServiceItem("RS-0001", "人社局", "社保", new LocalizedText("参保证明", "Certificate"),
            true, false, true, 3, List.of(
                    new FormField("purpose", FieldType.TEXT, new LocalizedText("用途", "Purpose"), true, null, null, null, null, null, null),
                    new FormField("phone", FieldType.PHONE, new LocalizedText("手机号码", "Mobile"), true, null, null, null, null, null, null)));
    private static final Person CITIZEN = new Person(KioskFixture.NAME, IdType.RESIDENT_ID, KioskFixture.ID_NUMBER, null);

    @TempDir
    Path dir;

    private static Visit visitTo(VisitRules rules, List<VisitChange> changes) {
        Visit visit = new Visit(rules);
        visit.subscribe(changes::add);
        return visit;
    }

    private static void fileACase(Visit visit) {
        visit.accept(new VisitEvent.CardRead(CITIZEN));
        visit.accept(new VisitEvent.Touched(new Action.ChooseService(CERTIFICATE)));
        visit.accept(new VisitEvent.Touched(new Action.FormDone(Map.of("purpose", "个人证明", "phone", KioskFixture.PHONE))));
        visit.accept(new VisitEvent.Touched(new Action.Confirm()));
    }

    @Test
    void aReceiptRefusedForLackOfPaperIsShownAsQrAndTheVisitsEndLeavesNoSealedBodyOfTheDeliveredCase() throws Exception {
        List<VisitChange> changes = new CopyOnWriteArrayList<>();
        try (KioskFixture k = new KioskFixture(dir);
             SimulatedPrinter printer = new SimulatedPrinter("printer", PrinterProfiles.require("80mm"), null);
             DeliveryWorker worker = k.worker(OutboxListener.NONE)) {
            printer.open();
            printer.enable();
            printer.setPaper(PrinterStatus.Paper.OUT);
            worker.start();
            Visit visit = visitTo(new VisitRules(false), changes);
            Clock shanghai = Clock.system(ZoneId.of("Asia/Shanghai"));
            try (VisitEffects effects = new VisitEffects(visit, k.outbox, new CaseSubmitter(k.outbox, worker), null, printer,
                    new VisitEffects.Kiosk(KioskFixture.KIOSK, "中心", shanghai), Speaker.SILENT);
                 DeviceEvents devices = new DeviceEvents(visit)) {
                visit.effectsTo(effects);
                devices.connect(List.of(printer));
                fileACase(visit);
                assertTrue(visit.state().step() instanceof Step.Submitting);

                await().atMost(Duration.ofSeconds(15)).until(() -> visit.state().step() instanceof Step.Result r
                        && r.receipt() == Step.Receipt.SHOWN_AS_QR);
                assertEquals(new Step.Result(Step.Receipt.SHOWN_AS_QR, "result.receipt.paperOut"), visit.state().step());
                SubmitOutcome outcome = visit.state().data().outcome();
                assertEquals(SubmitOutcome.State.DELIVERED, outcome.state());
                assertTrue(k.outbox.entry(outcome.clientCaseId()).orElseThrow().personalDataHeld(), "held while the visit goes on");

                visit.accept(new VisitEvent.Touched(new Action.Finish()));
                await().atMost(Duration.ofSeconds(5)).until(() -> !k.outbox.entry(outcome.clientCaseId()).orElseThrow().personalDataHeld());
            }
        }
        assertTrue(changes.stream().anyMatch(c -> c.milestones().contains(new Milestone.VisitEnded(1, Milestone.EndReason.DONE,
                "RS-0001", true))));
    }

    @Test
    void aCitizenGoneBeforeTheAnswerStillHasTheirCaseReleasedWhenItIsAnswered() throws Exception {
        try (KioskFixture k = new KioskFixture(dir); DeliveryWorker worker = k.worker(OutboxListener.NONE)) {
            worker.start();
            Visit visit = visitTo(new VisitRules(false), new CopyOnWriteArrayList<>());
            try (VisitEffects effects = new VisitEffects(visit, k.outbox, new CaseSubmitter(k.outbox, worker), null, null,
                    new VisitEffects.Kiosk(KioskFixture.KIOSK, "中心", Clock.systemUTC()), Speaker.SILENT)) {
                visit.effectsTo(effects);
                fileACase(visit);
                String id = ((Step.Submitting) visit.state().step()).clientCaseId();
                visit.accept(new VisitEvent.IdleTimeout()); // gone while the case is on its way
                assertTrue(visit.state().data().isEmpty());
                await().atMost(Duration.ofSeconds(15)).until(() -> k.outbox.entry(id).map(OutboxEntry::state)
                        .filter(s -> s.name().equals("DELIVERED")).isPresent() && !k.outbox.entry(id).orElseThrow().personalDataHeld());
                assertFalse(visit.state().step().inVisit());
            }
        }
    }
}
