package zwfw.kiosk.app.soak;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.testfx.util.WaitForAsyncUtils;
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
 * then an address typed in pinyin on the on-screen keyboard. The kind of each visit comes from a seeded die.
 */
public final class VisitMix {
    /** The kinds of visit, with how many of every hundred. */
    public enum Kind {
        CARD_RATED(26), CARD_FINISHED(14), QR(14), AGENT(8), ATTACHMENT(7), PINYIN(2), ABANDONED(9), TIMED_OUT(6),
        HELP(6), PROGRESS(8);
        // CERTIFICATE: certificates (issue 18) come with the "certs" work; add its visit here when it lands.

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final String APPLICANT_ID = "330304195808170047";
    private final SoakKiosk kiosk;
    private final Random dice;
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

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

    /** Card on the reader at the attract screen → 个人参保证明 for oneself → form → review → submit → receipt. */
    private void cardAndSubmit(boolean rate) {
        cardOnReader();
        kiosk.awaitScreen("home");
        step(new Action.ChooseService(service("RS-0001")), "form"); // identified already: for oneself by default
        submitRs0001();
        leaveResult(rate);
        cardOff();
    }

    private void submitRs0001() {
        step(new Action.FormDone(Map.of("purpose", "个人证明", "phone", "13800138000")), "review");
        step(new Action.Confirm(), "result");
    }

    /** The receipt tried (printed, or shown as a QR code), then 评价 or 完成. */
    private void leaveResult(boolean rate) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !(kiosk.app().navigator().visit().state().step() instanceof Step.Result r)
                || r.receipt() != Step.Receipt.PRINTING);
        if (rate) {
            step(new Action.Evaluate(), "evaluation");
            kiosk.touch(new Action.Rate(1 + dice.nextInt(5), List.of(), ""));
            kiosk.touch(new Action.Finish()); // off the thank-you at once
        } else {
            kiosk.touch(new Action.Finish());
        }
    }

    /** 开始 → service → for oneself → the login QR code from the government app. */
    private void qr() {
        step(new Action.Start(), "home");
        step(new Action.ChooseService(service("RS-0001")), "identify");
        kiosk.scanner().simulateScan(platform.get().issueQrToken("李四", "RESIDENT_ID", "330304195808170047", "13900139000").qrText());
        kiosk.awaitScreen("form");
        submitRs0001();
        leaveResult(dice.nextBoolean());
    }

    /** 代办: the agent's card, then the applicant's QR code. */
    private void agent() {
        step(new Action.Start(), "home");
        step(new Action.ChooseService(service("RS-0001")), "identify");
        step(new Action.OnBehalf(), "identify");
        cardOnReader();
        await().atMost(Duration.ofSeconds(30)).until(() -> kiosk.app().navigator().visitData().agent() != null);
        kiosk.scanner().simulateScan(platform.get().issueQrToken("蓝秀英", "RESIDENT_ID", APPLICANT_ID, null).qrText());
        kiosk.awaitScreen("form");
        submitRs0001();
        leaveResult(false);
        cardOff();
    }

    /** 居住证: a page of the rental contract captured by the document camera, then submitted. */
    private void attachment() {
        cardOnReader();
        kiosk.awaitScreen("home");
        step(new Action.ChooseService(service("GA-0001")), "form");
        kiosk.robot().interact(() -> kiosk.robot().lookup("#capture-rentalContract").queryAs(Button.class).fire());
        await().atMost(Duration.ofSeconds(30)).until(() -> kiosk.app().navigator().visitData().pages().count("rentalContract") == 1);
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
        kiosk.robot().interact(() -> kiosk.robot().lookup("#field-address").queryAs(TextField.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        for (char c : "GEREN".toCharArray()) {
            press("#key-" + c);
        }
        press("#candidate-0");
        kiosk.touch(new Action.EndVisit());
        cardOff();
    }

    private void press(String key) {
        kiosk.robot().interact(() -> kiosk.robot().lookup(key).match(javafx.scene.Node::isVisible).queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
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
        help.call("home", null, "zh", false);
        await().atMost(Duration.ofSeconds(30)).until(() -> help.openCount() == 1);
        kiosk.touch(new Action.EndVisit());
        await().atMost(Duration.ofSeconds(30)).until(() -> help.openCount() == 0);
    }

    /** 查询办件进度. */
    private void progress() {
        step(new Action.Start(), "home");
        step(new Action.OpenProgress(), "progress");
        kiosk.touch(new Action.EndVisit());
    }
}
