package zwfw.kiosk.app.soak;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * One complete visit of a realistic mix, driven by its events (as the devices and the screens' touches send
 * them) with the real screens shown and laid out: card or QR identification, for oneself or as an agent (代办),
 * forms, a page of an attachment captured, submit, the receipt printed (or shown as a QR code while the paper
 * is out), evaluations, visits abandoned half-way or timed out, help requests, progress look-ups, and now and
 * then an address typed in pinyin on the on-screen keyboard, and certificates printed on the A4 printer. The kind of each visit comes from a seeded die.
 */
public final class VisitMix {
    /** The kinds of visit, with how many of every hundred. */
    public enum Kind {
        CARD_RATED(20), CARD_FINISHED(8), QR(14), AGENT(8), ATTACHMENT(7), PINYIN(2), ABANDONED(9), TIMED_OUT(6),
        HELP(6), PROGRESS(8),
        /** 个人参保证明打印, one of a zone's commonest errands: the certificate comes out of the A4 printer. */
        CERTIFICATE(12);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final String APPLICANT_ID = "330304195808170047";
    /** The case most visits file: 无犯罪记录证明 (a CASE service, answered with a case number and a receipt). */
    private static final String CASE_SERVICE = "GA-0002";
    private static final Map<String, String> CASE_FORM = Map.of("purpose", "就业", "phone", "13800138000");
    /** 代办 needs a service that allows an agent: 归侨侨眷身份证明. */
    private static final String AGENT_SERVICE = "QW-0002";
    private int certificates;
    private int qrRefused;
    private final SoakKiosk kiosk;
    private final Random dice;
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private Kind lastKind;

    private final java.util.function.Supplier<zwfw.platform.sim.PlatformSimulator> platform;

    /** {@code platform}: the platform the kiosk talks to now (it may have been restarted). */
    public VisitMix(SoakKiosk kiosk, long seed, java.util.function.Supplier<zwfw.platform.sim.PlatformSimulator> platform) {
        this.kiosk = kiosk;
        this.platform = platform;
        this.dice = new Random(seed);
    }

    /** How many visits of each kind ran. */
    public Map<Kind, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** The kind of the visit started last (the one that failed, when one does). */
    public Kind lastKind() {
        return lastKind;
    }

    /** One visit of a kind the die picks, from the attract screen back to it. */
    public Kind visit() {
        int roll = dice.nextInt(100);
        Kind kind = Kind.CARD_RATED;
        for (Kind k : Kind.values()) {
            if (roll < k.weight) {
                kind = k;
                break;
            }
            roll -= k.weight;
        }
        lastKind = kind;
        visit(kind);
        return kind;
    }

    public void visit(Kind kind) {
        switch (kind) {
            case CARD_RATED -> cardAndSubmit(true);
            case CARD_FINISHED -> cardAndSubmit(false);
            case QR -> qr();
            case AGENT -> agent();
            case ATTACHMENT -> attachment();
            case PINYIN -> pinyin();
            case ABANDONED -> abandoned();
            case TIMED_OUT -> timedOut();
            case HELP -> help();
            case PROGRESS -> progress();
            case CERTIFICATE -> certificate();
        }
        counts.merge(kind, 1, Integer::sum);
        kiosk.awaitScreen("attract");
    }

    private ServiceItem service(String code) {
        return kiosk.app().assembly().catalog().current().service(code).orElseThrow();
    }

    private void step(Action action, String screen) {
        kiosk.touch(action);
        kiosk.awaitScreen(screen);
    }

    private void cardOnReader() {
        kiosk.reader().place(SampleCards.resident());
    }

    private void cardOff() {
        kiosk.reader().remove();
    }

    /** Card on the reader at the attract screen → 无犯罪记录证明 for oneself → form → review → submit → receipt. */
    private void cardAndSubmit(boolean rate) {
        cardOnReader();
        kiosk.awaitScreen("home");
        step(new Action.ChooseService(service(CASE_SERVICE)), "form"); // identified already: for oneself by default
        submit(CASE_FORM);
        leaveResult(rate);
        cardOff();
    }

    private void submit(Map<String, String> form) {
        step(new Action.FormDone(form), "review");
        step(new Action.Confirm(), "result");
    }

    /**
     * Card → 个人参保证明打印 → submit → the platform's certificate fetched and printed on the A4 printer (or offered
     * as a QR code while the platform is unreachable) → 完成 → 请取走身份证 shown → the card taken → attract.
     */
    private void certificate() {
        cardOnReader();
        kiosk.awaitScreen("home");
        step(new Action.ChooseService(service("RS-0001")), "form");
        submit(Map.of("purpose", "个人证明", "phone", "13800138000"));
        SoakKiosk.until(() -> kiosk.app().navigator().visit().state().step() instanceof Step.Result r
                && r.receipt() != Step.Receipt.PRINTING && r.documents().state() != Step.Receipt.PRINTING);
        if (kiosk.app().navigator().visit().state().step() instanceof Step.Result r && r.documents().state() == Step.Receipt.PRINTED) {
            certificates++;
        }
        kiosk.touch(new Action.Finish());
        kiosk.awaitScreen("takeYourThings");
        cardOff();
    }

    /** How many certificates came out of the A4 printer. */
    public int certificatesPrinted() {
        return certificates;
    }

    /** The receipt tried (printed, or shown as a QR code), then 评价 or 完成. */
    private void leaveResult(boolean rate) {
        SoakKiosk.until(() -> !(kiosk.app().navigator().visit().state().step() instanceof Step.Result r)
                || r.receipt() != Step.Receipt.PRINTING);
        if (rate) {
            step(new Action.Evaluate(), "evaluation");
            int level = 1 + dice.nextInt(5);
            // a poor level says why, as the screen insists (and the platform, §4)
            kiosk.touch(new Action.Rate(level, level <= 2 ? List.of("等待时间长") : List.of(), ""));
            kiosk.touch(new Action.Finish()); // off the thank-you at once
        } else {
            kiosk.touch(new Action.Finish());
        }
    }

    /** 开始 → service → for oneself → the login QR code from the government app. */
    private void qr() {
        step(new Action.Start(), "home");
        step(new Action.ChooseService(service(CASE_SERVICE)), "identify");
        kiosk.scanner().simulateScan(platform.get().issueQrToken("李四", "RESIDENT_ID", "330304195808170047", "13900139000").qrText());
        if (!loggedInByQr()) {
            return;
        }
        submit(CASE_FORM);
        leaveResult(dice.nextBoolean());
    }

    /**
     * The QR login is redeemed at the platform: while it is unreachable the identify screen says so, and the
     * citizen goes back home (返回首页). True when the form came.
     */
    private boolean loggedInByQr() {
        SoakKiosk.until(() -> "form".equals(kiosk.screen())
                || kiosk.app().navigator().visit().state().step() instanceof Step.Identify i && !i.checking() && !i.problemKey().isEmpty());
        if ("form".equals(kiosk.screen())) {
            kiosk.awaitLayoutPulse();
            return true;
        }
        kiosk.awaitLayoutPulse(); // the problem shown
        qrRefused++;
        kiosk.touch(new Action.EndVisit());
        return false;
    }

    /** How many QR logins the platform could not redeem (offline periods). */
    public int qrLoginsRefused() {
        return qrRefused;
    }

    /** 代办: the agent's card, then the applicant's QR code. */
    private void agent() {
        step(new Action.Start(), "home");
        step(new Action.ChooseService(service(AGENT_SERVICE)), "identify");
        step(new Action.OnBehalf(), "identify");
        cardOnReader();
        SoakKiosk.until(() -> kiosk.app().navigator().visitData().agent() != null);
        kiosk.scanner().simulateScan(platform.get().issueQrToken("蓝秀英", "RESIDENT_ID", APPLICANT_ID, null).qrText());
        if (!loggedInByQr()) {
            cardOff();
            return;
        }
        submit(Map.of("relation", "侨眷", "phone", "13800138000"));
        leaveResult(false);
        cardOff();
    }

    /** 居住证: a page of the rental contract captured by the document camera, then submitted. */
    private void attachment() {
        cardOnReader();
        kiosk.awaitScreen("home");
        step(new Action.ChooseService(service("GA-0001")), "form");
        kiosk.onFx(() -> kiosk.robot().lookup("#capture-rentalContract").queryAs(Button.class).fire());
        SoakKiosk.until(() -> kiosk.app().navigator().visitData().pages().count("rentalContract") == 1);
        step(new Action.FormDone(Map.of("address", "某某路1号", "residentSince", "2025-03-01", "rentalContract", "1",
                "phone", "13800138000")), "review");
        step(new Action.Confirm(), "result");
        leaveResult(false);
        cardOff();
    }

    /** The address typed on the on-screen keyboard in pinyin (its keys and first candidate pressed), then 返回首页. */
    private void pinyin() {
        cardOnReader();
        kiosk.awaitScreen("home");
        step(new Action.ChooseService(service("GA-0001")), "form");
        kiosk.onFx(() -> kiosk.robot().lookup("#field-address").queryAs(TextField.class).requestFocus());
        for (char c : "GEREN".toCharArray()) {
            press("#key-" + c);
        }
        press("#candidate-0");
        kiosk.touch(new Action.EndVisit());
        cardOff();
    }

    private void press(String key) {
        kiosk.onFx(() -> kiosk.robot().lookup(key).match(javafx.scene.Node::isVisible).queryAs(Button.class).fire());
    }

    /** 返回首页 half-way, at a step the die picks. */
    private void abandoned() {
        step(new Action.Start(), "home");
        if (dice.nextBoolean()) {
            step(new Action.ChooseService(service("RS-0001")), "identify");
        }
        kiosk.touch(new Action.EndVisit());
    }

    /** The citizen walks away: the idle countdown runs out. */
    private void timedOut() {
        cardOnReader();
        kiosk.awaitScreen("home");
        step(new Action.ChooseService(service("RS-0001")), "form");
        kiosk.accept(new VisitEvent.IdleTimeout());
        cardOff(); // the card left behind is asked for (请取走身份证) until it is taken
        kiosk.awaitScreen("attract");
    }

    /** 呼叫工作人员 from the home screen, then the visit ends (and with it the call). */
    private void help() {
        step(new Action.Start(), "home");
        var help = kiosk.app().assembly().help();
        var before = help.latest().orElse(null);
        help.call("home", null, "zh", false);
        // While the platform is down the call ends as Offline (the screen shows the hotline) and nothing stays open.
        SoakKiosk.until(() -> help.openCount() == 1
                || help.latest().filter(u -> u != before && u instanceof zwfw.kiosk.core.help.HelpUpdate.Offline).isPresent());
        kiosk.touch(new Action.EndVisit());
        SoakKiosk.until(() -> help.openCount() == 0);
    }

    /** 查询办件进度. */
    private void progress() {
        step(new Action.Start(), "home");
        step(new Action.OpenProgress(), "progress");
        kiosk.touch(new Action.EndVisit());
    }
}
