package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.SharedKiosk;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;

/**
 * 长辈版 on every screen of the real kiosk: each text on the screen is measured with 长辈版 off and
 * then on (the same controls, restyled live) and must be at least 1.5x as large, and in 长辈版 its
 * colour must stand at least 7:1 (WCAG AAA) against the background behind it. In 长辈版 the numbers of
 * MIIT's 适老化 rules (《移动互联网应用（APP）适老化通用设计规范》, 《互联网网站适老化通用设计规范》) hold
 * too: main text (titles, buttons, choices) at least 30 px and every text at least 18 px, lines at least
 * 1.3 apart where a text wraps, every touch target at least 60 x 60 px, and a chosen choice told apart by
 * more than its colour. Every screen includes the header and, once, the help panel.
 */
class ElderlyReadabilityTest {
    private static final double LARGER = 1.5;
    private static final double CONTRAST = 7.0;
    private static final double MAIN_TEXT = 30;
    private static final double BODY_TEXT = 18;
    private static final double LINE_SPACING = 1.3;
    private static final double TARGET = 60;
    /** Small print: the header's strip (where, when, how long left) is body text, not a main text. */
    private static final java.util.Set<String> SMALL_PRINT = java.util.Set.of("header-centre", "header-info", "header-time",
            "header-countdown", "service-needs", "service-minutes", "key-mode");

    @RegisterExtension
    static final SharedKiosk kiosk = new SharedKiosk();
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyTextOnEveryScreenIsHalfAsLargeAgainAndHighContrastInElderlyMode() {
        check("attract");
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        check("home");
        kiosk.click("service-RS-0001");
        kiosk.awaitScreen("identify");
        check("identify");
        kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        kiosk.click("option-purpose-个人证明");
        kiosk.click("field-phone");
        kiosk.click("key-1");
        check("form");
        kiosk.robot().interact(() -> kiosk.robot().lookup("#field-phone").queryAs(TextField.class).setText("13800138000"));
        kiosk.click("form-next");
        kiosk.awaitScreen("review");
        check("review");
        kiosk.click("review-confirm");
        kiosk.awaitScreen("result");
        await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.robot().lookup("#receipt-progress").query().isVisible());
        check("result");
        kiosk.click("result-evaluate");
        kiosk.awaitScreen("evaluation");
        kiosk.click("level-2");
        kiosk.click("reason-wait");
        check("evaluation");
        kiosk.click("evaluation-submit");
        kiosk.awaitScreen("thanks");
        kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().remove();
        kiosk.click("thanks-done");
        kiosk.awaitScreen("attract");

        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("home-progress");
        kiosk.awaitScreen("progress");
        check("progress");
        kiosk.click("help-call");
        check("help panel");
        kiosk.click("help-back");
        var idle = kiosk.app().navigator().idle();
        for (int i = 0; i < 61; i++) {
            Platform.runLater(idle::secondPassed);
        }
        WaitForAsyncUtils.waitForFxEvents();
        check("idle overlay");
        kiosk.click("idle-more-time");
        kiosk.click("end-session");
        kiosk.awaitScreen("attract");
        Platform.runLater(() -> kiosk.app().navigator().service().platformLock("readability"));
        WaitForAsyncUtils.waitForFxEvents();
        check("out of service");
        Platform.runLater(() -> kiosk.app().navigator().maintenance().open());
        WaitForAsyncUtils.waitForFxEvents();
        check("staff panel");

        assertEquals(List.of(), problems, "texts too small or too faint in 长辈版");
    }

    /** Measures the shown texts with 长辈版 off and on; the screen is left with 长辈版 off. */
    private void check(String screen) {
        Map<Labeled, Double> normal = sizes(false);
        assertTrue(normal.size() >= 2, screen + " shows texts: " + normal.size());
        Map<Labeled, Double> elderly = sizes(true);
        for (Map.Entry<Labeled, Double> e : elderly.entrySet()) {
            Labeled l = e.getKey();
            Double before = normal.get(l);
            if (before != null && e.getValue() < LARGER * before - 0.01) {
                problems.add(screen + ": \"" + l.getText() + "\" " + before + " -> " + e.getValue() + " px");
            }
            double ratio = contrast(l);
            if (ratio < CONTRAST) {
                problems.add(screen + ": \"" + l.getText() + "\" contrast " + String.format("%.1f", ratio) + ":1");
            }
            agedCare(screen, l, e.getValue());
        }
        kiosk.robot().interact(() -> targetsAndCues(screen, kiosk.app().stage().getScene().getRoot()));
        setElderly(false);
    }

    /** MIIT's numbers for one text in 长辈版. */
    private void agedCare(String screen, Labeled l, double size) {
        boolean small = l.getStyleClass().stream().anyMatch(SMALL_PRINT::contains);
        double least = small ? BODY_TEXT : MAIN_TEXT;
        if (size < least - 0.01) {
            problems.add(screen + ": \"" + l.getText() + "\" " + size + " px, 适老化 asks " + least);
        }
        if (l.isWrapText()) {
            javafx.scene.text.Text line = new javafx.scene.text.Text("国");
            line.setFont(l.getFont());
            double pitch = (line.getLayoutBounds().getHeight() + l.getLineSpacing()) / size;
            if (pitch < LINE_SPACING - 0.005) {
                problems.add(screen + ": \"" + l.getText() + "\" lines " + String.format("%.2f", pitch) + " apart, 适老化 asks 1.3");
            }
        }
    }

    /** Touch targets at least 60 x 60 px; a chosen choice differs from the others by more than colour. FX thread. */
    private void targetsAndCues(String screen, Node n) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n instanceof javafx.scene.control.ButtonBase || n instanceof javafx.scene.control.TextInputControl) {
            javafx.geometry.Bounds b = n.getLayoutBounds();
            if (b.getWidth() < TARGET - 0.01 || b.getHeight() < TARGET - 0.01) {
                problems.add(screen + ": " + name(n) + " is " + Math.round(b.getWidth()) + " x " + Math.round(b.getHeight())
                        + " px, 适老化 asks 60 x 60");
            }
        }
        if (n instanceof javafx.scene.control.ToggleButton t && t.isSelected() && t.getToggleGroup() != null) {
            for (javafx.scene.control.Toggle other : t.getToggleGroup().getToggles()) {
                if (other instanceof javafx.scene.control.ToggleButton o && !o.isSelected() && sameButColour(t, o)) {
                    problems.add(screen + ": chosen " + name(t) + " differs from " + name(o) + " by colour only");
                }
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> targetsAndCues(screen, c));
        }
    }

    /** Whether two choices look the same but for colour: same border widths, same weight, same mark. */
    private static boolean sameButColour(Labeled a, Labeled b) {
        return borderWidths(a).equals(borderWidths(b)) && a.getFont().getStyle().equals(b.getFont().getStyle())
                && shownGraphic(a) == shownGraphic(b)
                && mark(a.getText()).equals(mark(b.getText()));
    }

    private static boolean shownGraphic(Labeled l) {
        return l.getGraphic() != null && l.getGraphic().isVisible() && l.getGraphic().getOpacity() > 0;
    }

    private static String borderWidths(Region r) {
        if (r.getBorder() == null) {
            return "";
        }
        return r.getBorder().getStrokes().stream().filter(s -> !isInvisible(s.getTopStroke()))
                .map(s -> s.getWidths().toString()).toList().toString();
    }

    private static boolean isInvisible(Paint p) {
        return p == null || (p instanceof Color c && c.getOpacity() == 0);
    }

    /** A leading mark such as ✓ ● ▶ that says "chosen" in a shape. */
    private static String mark(String text) {
        return text == null || text.isEmpty() || Character.isLetterOrDigit(text.codePointAt(0)) ? "" : text.substring(0, 1);
    }

    private static String name(Node n) {
        return n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName()
                + (n instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "");
    }

    private Map<Labeled, Double> sizes(boolean elderly) {
        setElderly(elderly);
        Map<Labeled, Double> out = new IdentityHashMap<>();
        kiosk.robot().interact(() -> collect(kiosk.app().stage().getScene().getRoot(), out));
        return out;
    }

    private void setElderly(boolean on) {
        kiosk.robot().interact(() -> {
            kiosk.app().navigator().elderlyProperty().set(on);
            Parent root = kiosk.app().stage().getScene().getRoot();
            root.applyCss();
            root.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shown, enabled texts (a disabled button is dimmed on purpose; WCAG exempts inactive controls). */
    private static void collect(Node n, Map<Labeled, Double> out) {
        if (!n.isVisible() || n.isDisabled() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.put(l, l.getFont().getSize());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** The text's colour against the nearest painted background behind it (each stop of a gradient). */
    private static double contrast(Labeled l) {
        if (!(l.getTextFill() instanceof Color text)) {
            return Double.MAX_VALUE; // only plain colours are used for text
        }
        for (Node n = l; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    List<Color> colours = colours(fills.get(i).getFill());
                    if (!colours.isEmpty()) {
                        return colours.stream().mapToDouble(c -> ratio(text, c)).min().orElseThrow();
                    }
                }
            }
        }
        return ratio(text, Color.WHITE); // the window's default
    }

    private static List<Color> colours(Paint p) {
        List<Color> out = new ArrayList<>();
        if (p instanceof Color c) {
            out.add(c);
        } else if (p instanceof LinearGradient g) {
            g.getStops().stream().map(Stop::getColor).forEach(out::add);
        } else if (p instanceof RadialGradient g) {
            g.getStops().stream().map(Stop::getColor).forEach(out::add);
        }
        out.removeIf(c -> c.getOpacity() < 0.5);
        return out;
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void theContrastFormulaGivesWcagsKnownValues() {
        assertEquals(21.0, ratio(Color.BLACK, Color.WHITE), 0.01);
        assertEquals(1.0, ratio(Color.web("#777777"), Color.web("#777777")), 0.001);
        assertEquals(4.48, ratio(Color.web("#777777"), Color.WHITE), 0.01);
    }
}
