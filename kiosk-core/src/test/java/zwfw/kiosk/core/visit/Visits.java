package zwfw.kiosk.core.visit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.printer.PrinterDeviceStatus;

/** Sample people, services and events for the visit's tests, and a way to walk a visit to any step. */
final class Visits {
    static final Person AGENT = new Person("张三", IdType.RESIDENT_ID, "330302199001021230", null);
    static final Person APPLICANT = new Person("蓝天天", IdType.RESIDENT_ID, "330304195808170047", null);
    static final FormField PHONE = new FormField("phone", FieldType.PHONE, new LocalizedText("手机号码", "Mobile"), true,
            null, null, null, null, null, null);
    /** Needs an ID, may be filed by an agent (代办). */
    static final ServiceItem CERTIFICATE = new ServiceItem("RS-0001", "人社局", "社保", new LocalizedText("参保证明", "Certificate"),
            true, true, true, 3, List.of(PHONE));
    /** Needs an ID, only for oneself. */
    static final ServiceItem SELF_ONLY = new ServiceItem("RS-0003", "人社局", "社保", new LocalizedText("失业登记", "Unemployment"),
            true, false, true, 5, List.of(PHONE));
    /** Needs no ID. */
    static final ServiceItem ANONYMOUS = new ServiceItem("ZX-0001", "咨询", "咨询", new LocalizedText("咨询", "Enquiry"),
            false, false, true, 1, List.of());
    static final String RECEIPT_CODE = "https://platform.example.gov.cn/q/SA20261124000123";
    static final String LOGIN_CODE = "zwfw://auth?token=0123456789abcdef_-XY";
    static final Map<String, String> FORM = Map.of("phone", "13800138000");

    private Visits() {
    }

    static VisitEvent touch(Action a) {
        return new VisitEvent.Touched(a);
    }

    static VisitEvent card(Person p) {
        return new VisitEvent.CardRead(p);
    }

    static VisitEvent printer(String condition) {
        return new VisitEvent.DeviceChanged(DeviceKind.RECEIPT_PRINTER, condition == null ? DeviceStatus.of(DeviceState.READY)
                : DeviceStatus.of(DeviceState.ERROR, condition, ""));
    }

    static VisitEvent paperOut() {
        return printer(PrinterDeviceStatus.PAPER_OUT);
    }

    static VisitEvent locked(OutOfServiceReason... reasons) {
        return new VisitEvent.ServiceChanged(Set.of(reasons));
    }

    static SubmitOutcome delivered(String clientCaseId) {
        return new SubmitOutcome(clientCaseId, SubmitOutcome.State.DELIVERED, "SA20261124000123", RECEIPT_CODE, "2026-12-01",
                "case.delivered", "已提交");
    }

    static SubmitOutcome rejected(String clientCaseId) {
        return new SubmitOutcome(clientCaseId, SubmitOutcome.State.REJECTED, null, null, null, "platform.error.invalid", "表单错误");
    }

    /** Applies events in order, as the running visit would. */
    static final class Walk {
        final VisitRules rules = new VisitRules(false);
        VisitState state;
        Transition last;

        Walk() {
            state = rules.initial();
            apply(printer(null)); // a printer with paper
        }

        Walk apply(VisitEvent... events) {
            for (VisitEvent e : events) {
                last = rules.apply(state, e);
                state = last.next();
            }
            return this;
        }

        Walk touch(Action a) {
            return apply(Visits.touch(a));
        }

        String clientCaseId() {
            return ((Step.Submitting) state.step()).clientCaseId();
        }

        long visit() {
            return state.number();
        }

        <T extends VisitEffect> List<T> effects(Class<T> type) {
            return last.effects().stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** A state at each step of a visit (and the two idle ones), reached by events only. */
    static Map<String, VisitState> everyStep() {
        java.util.LinkedHashMap<String, VisitState> at = new java.util.LinkedHashMap<>();
        Walk w = new Walk();
        at.put("attract", w.state);
        at.put("outOfService", new Walk().apply(locked(OutOfServiceReason.STAFF_LOCK)).state);
        w.touch(new Action.Start());
        at.put("home", w.state);
        at.put("takeYourThings", new Walk().apply(new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD))
                .touch(new Action.EndVisit()).state);
        at.put("progress", new Walk().touch(new Action.Start()).touch(new Action.OpenProgress()).state);
        w.touch(new Action.ChooseService(CERTIFICATE));
        at.put("identify(self)", w.state);
        w.touch(new Action.OnBehalf());
        at.put("identify(agent)", w.state);
        w.apply(card(AGENT));
        at.put("identify(applicant)", w.state);
        w.apply(card(APPLICANT));
        at.put("form", w.state);
        w.touch(new Action.FormDone(FORM));
        at.put("review", w.state);
        w.touch(new Action.Confirm());
        at.put("submitting", w.state);
        w.apply(new VisitEvent.CaseAnswered(w.visit(), delivered(w.clientCaseId())));
        at.put("result", w.state);
        w.touch(new Action.Evaluate());
        at.put("evaluation", w.state);
        at.put("thanks", w.rules.apply(w.state, touch(new Action.SkipEvaluation())).next());
        return at;
    }

    /** One of every kind of event, with the answers naming the visit of {@code s}. */
    static Map<String, VisitEvent> everyEvent(VisitState s) {
        long n = s.number();
        java.util.LinkedHashMap<String, VisitEvent> e = new java.util.LinkedHashMap<>();
        e.put("CardRead", card(APPLICANT));
        e.put("CardUnreadable", new VisitEvent.CardUnreadable());
        e.put("CardTaken", new VisitEvent.CardTaken(Belonging.ID_CARD));
        e.put("CodeScanned(login)", new VisitEvent.CodeScanned(LOGIN_CODE));
        e.put("CodeScanned(receipt)", new VisitEvent.CodeScanned(RECEIPT_CODE));
        e.put("Start", touch(new Action.Start()));
        e.put("ChooseService", touch(new Action.ChooseService(SELF_ONLY)));
        e.put("OpenProgress", touch(new Action.OpenProgress()));
        e.put("OnBehalf", touch(new Action.OnBehalf()));
        e.put("FormDone", touch(new Action.FormDone(FORM)));
        e.put("Confirm", touch(new Action.Confirm()));
        e.put("Edit", touch(new Action.Edit()));
        e.put("Evaluate", touch(new Action.Evaluate()));
        e.put("Finish", touch(new Action.Finish()));
        e.put("Rate", touch(new Action.Rate(5, List.of(), "")));
        e.put("SkipEvaluation", touch(new Action.SkipEvaluation()));
        e.put("EndVisit", touch(new Action.EndVisit()));
        e.put("ElderlyMode(on)", touch(new Action.ElderlyMode(true)));
        e.put("ElderlyMode(off)", touch(new Action.ElderlyMode(false)));
        e.put("IdleTimeout", new VisitEvent.IdleTimeout());
        e.put("DeviceChanged(paper out)", paperOut());
        e.put("DeviceChanged(reader)", new VisitEvent.DeviceChanged(DeviceKind.ID_CARD_READER, DeviceStatus.of(DeviceState.OFFLINE)));
        e.put("ServiceChanged(in service)", locked());
        e.put("ServiceChanged(staff lock)", locked(OutOfServiceReason.STAFF_LOCK));
        e.put("ServiceChanged(platform LOCK)", locked(OutOfServiceReason.PLATFORM_LOCK));
        e.put("QrLoginAnswered", new VisitEvent.QrLoginAnswered(n, new QrLogin.Outcome.Identified(APPLICANT)));
        e.put("CaseAnswered", new VisitEvent.CaseAnswered(n, delivered("c-1")));
        e.put("PrintFinished", new VisitEvent.PrintFinished(n, true, null));
        return e;
    }
}
