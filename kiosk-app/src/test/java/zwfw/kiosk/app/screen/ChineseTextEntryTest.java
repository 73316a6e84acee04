package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.app.input.keyboard.PinyinComposer;
import zwfw.kiosk.core.input.pinyin.PinyinDictionary;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;
import zwfw.platform.sim.PlatformSimulator;

/**
 * Chinese typed through pinyin on the real kiosk: an address in a service's form reaches the
 * platform's stored case, and the evaluation's comment (levels 1–2: a reason tag or a comment)
 * reaches the platform's stored evaluation.
 */
class ChineseTextEntryTest {
    @TempDir
    Path temp;
    private KioskUnderTest kiosk;

    @BeforeEach
    void boot() throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        PinyinDictionary.shipped().join();
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    private void keys(String keys) {
        for (char c : keys.toCharArray()) {
            kiosk.click("key-" + Character.toUpperCase(c));
        }
    }

    private List<String> candidates() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < PinyinComposer.PAGE_SIZE; i++) {
            Node n = kiosk.robot().lookup("#candidate-" + i).match(Node::isVisible).tryQuery().orElse(null);
            if (n != null) {
                out.add(((Labeled) n).getText());
            }
        }
        return out;
    }

    /** Types {@code pinyin} and taps {@code word} in the candidate bar (it must be on the first page). */
    private void compose(String pinyin, String word) {
        keys(pinyin);
        List<String> page = candidates();
        assertTrue(page.contains(word), () -> pinyin + " offered " + page);
        kiosk.click("candidate-" + page.indexOf(word));
    }

    private String field(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#" + id).queryAs(TextField.class).getText();
    }

    /** To the form by events: this test proves typing, not the way there. */
    private String fileCase(String service) {
        kiosk.toFormAsSelf(service);
        return service;
    }

    private String submitAndAwaitCaseNo(int casesBefore) {
        kiosk.click("form-next");
        kiosk.awaitScreen("review");
        kiosk.click("review-confirm");
        kiosk.awaitScreen("result");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.platform().cases().size() == casesBefore + 1);
        return kiosk.platform().cases().get(casesBefore).caseNo();
    }

    @Test
    void aChineseAddressTypedInPinyinReachesThePlatformsStoredCase() {
        fileCase("YB-0002");
        kiosk.click("field-destination");
        compose("wenzhou", "温州");
        compose("ouhaiqu", "瓯海区");
        keys("jiedao");
        kiosk.click("key-space");
        assertEquals("温州瓯海区街道", field("field-destination"));
        kiosk.click("option-reason-异地长期居住");
        kiosk.click("field-startDate");
        keys("2026-12-01");
        kiosk.click("field-phone");
        keys("13800138000");
        String caseNo = submitAndAwaitCaseNo(0);
        assertEquals("温州瓯海区街道", kiosk.platform().caseForm(caseNo).get("destination"));
    }

    private void toEvaluation() {
        fileCase("RS-0001");
        kiosk.click("option-purpose-个人证明");
        kiosk.click("field-phone");
        keys("13800138000");
        submitAndAwaitCaseNo(0);
        kiosk.click("result-evaluate");
        kiosk.awaitScreen("evaluation");
    }

    private boolean submitDisabled() {
        WaitForAsyncUtils.waitForFxEvents();
        return kiosk.robot().lookup("#evaluation-submit").query().isDisabled();
    }

    @Test
    void aLevelOneRatingWithOnlyATypedCommentIsAcceptedAndTheCommentArrives() {
        toEvaluation();
        kiosk.click("level-1");
        assertTrue(submitDisabled(), "a poor level needs a reason tag or a comment");
        kiosk.click("evaluation-comment");
        compose("paidui", "排队");
        compose("shijian", "时间");
        compose("chang", "长");
        assertEquals("排队时间长", field("evaluation-comment"));
        assertEquals("5/200", kiosk.text("evaluation-comment-count"));
        assertFalse(submitDisabled(), "a comment is reason enough");
        kiosk.click("evaluation-submit");
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.platform().evaluations().size() == 1);
        PlatformSimulator.StoredEvaluation e = kiosk.platform().evaluations().get(0);
        assertEquals(1, e.level());
        assertEquals(List.of(), e.tags());
        assertEquals("排队时间长", e.comment());
        // The embedded platform (data/platform-sim) keeps it, as the real one would; the kiosk's own files must not.
        assertFalse(anyFileHolds(temp.resolve("data"), "排队时间长"), "the comment is sealed in the outbox, in no kiosk file in clear");
    }

    private static boolean anyFileHolds(Path dir, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).filter(f -> !f.toString().contains("platform-sim")).anyMatch(f -> {
                try {
                    byte[] b = java.nio.file.Files.readAllBytes(f);
                    outer:
                    for (int i = 0; i + needle.length <= b.length; i++) {
                        for (int j = 0; j < needle.length; j++) {
                            if (b[i + j] != needle[j]) {
                                continue outer;
                            }
                        }
                        return true;
                    }
                    return false;
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void aLevelTwoRatingWithNeitherTagNorCommentIsRefused() {
        toEvaluation();
        kiosk.click("level-2");
        assertTrue(submitDisabled());
        kiosk.click("evaluation-comment");
        keys("a");
        assertTrue(submitDisabled(), "letters still being composed are not a comment yet");
        kiosk.click("key-space");
        assertFalse(submitDisabled());
        kiosk.click("key-backspace");
        assertEquals("", field("evaluation-comment"));
        assertTrue(submitDisabled(), "an emptied comment is no reason");
        kiosk.click("key-space");
        assertTrue(submitDisabled(), "nor is a blank one");
        kiosk.click("evaluation-submit");
        assertEquals("evaluation", kiosk.screen(), "the disabled button does nothing");
        assertEquals(0, kiosk.platform().evaluationCount());
        kiosk.click("level-4");
        assertFalse(submitDisabled(), "the comment is optional from level 3 up");
    }

    @Test
    void theCommentStopsAtTwoHundredCharacters() {
        toEvaluation();
        kiosk.click("level-5");
        kiosk.click("evaluation-comment");
        kiosk.robot().interact(() -> kiosk.robot().lookup("#evaluation-comment").queryAs(TextField.class).setText("好".repeat(199)));
        compose("hen", "很");
        compose("hao", "好");
        assertEquals(200, field("evaluation-comment").length(), "the 201st character is refused");
        assertEquals("200/200", kiosk.text("evaluation-comment-count"));
    }

    @Test
    void theKeyboardWorksInEnglishAnd长辈版() {
        kiosk.click("attract-prompt");
        kiosk.awaitScreen("home");
        kiosk.click("language-toggle");
        kiosk.robot().interact(() -> kiosk.robot().lookup("#service-search").queryAs(TextField.class).setText("medical treatment"));
        kiosk.click("service-YB-0002");
        kiosk.fileForSelf();
        kiosk.awaitScreen("identify");
        kiosk.app().assembly().device(SimulatedIdCardReader.class).orElseThrow().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        kiosk.click("elderly-toggle"); // on the form itself, where 长辈版 must take effect at once
        kiosk.click("field-destination");
        assertEquals("Pinyin", kiosk.text("key-mode"));
        compose("jianada", "加拿大");
        assertEquals("加拿大", field("field-destination"));
        Node candidate = kiosk.robot().lookup("#candidate-0").query();
        keys("m");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(candidate.getBoundsInLocal().getHeight() >= 100, "长辈版 candidates are larger: " + candidate.getBoundsInLocal());
        Node form = kiosk.robot().lookup("#form").query();
        assertTrue(form.getLayoutBounds().getHeight() <= form.getScene().getHeight(),
                "in 长辈版 the form with its keyboard still fits the screen, so 下一步 stays in reach: " + form.getLayoutBounds());
        kiosk.click("key-mode");
        assertEquals("ABC", kiosk.text("key-mode"));
        assertEquals("加拿大m", field("field-destination"), "what was being composed is kept");
    }
}
