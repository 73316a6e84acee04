package zwfw.kiosk.app.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.speech.EspeakNg;
import zwfw.kiosk.core.speech.MandarinReading;

/**
 * Every Chinese text a screen can show — the kiosk's messages, the form's messages and the catalog's service,
 * field and option names, with sample case numbers and hotlines put into their places — goes through the
 * installed espeak-ng ({@code -q -x}, the kiosk's Mandarin voice) after {@link MandarinReading}: no prompt may
 * switch to the English voice, and no identifier may be read as a quantity. espeak-ng must be installed (CI
 * installs it): this test fails, never skips, without it.
 */
class EveryChinesePromptSpeaksMandarinTest {
    static final String HOTLINE = "12345";
    static final String CASE_NO = "SA20261124000123";
    /** Placeholders that hold identifiers, by message key and place; every other place gets a small count. */
    static final Map<String, Map<Integer, String>> IDENTIFIERS = Map.of(
            "result.caseNo", Map.of(0, CASE_NO),
            "progress.current", Map.of(0, CASE_NO, 1, "已受理"),
            "result.queued.detail", Map.of(0, "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"),
            "help.hotline", Map.of(0, HOTLINE),
            "outOfService.staffedHall", Map.of(0, "区政务服务中心", 1, "08:30-17:30", 2, "人民路 1 号", 3, HOTLINE));
    static final Pattern PLACE = Pattern.compile("\\{(\\d+)[^}]*}");
    static ExecutorService espeak;

    @BeforeAll
    static void twoAtATime() {
        espeak = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        espeak.shutdownNow();
    }

    @Test
    void noChinesePromptSwitchesToTheEnglishVoice() throws Exception {
        Map<String, String> prompts = prompts();
        assertTrue(prompts.size() > 150, "found only " + prompts.size() + " prompts");
        // All at once first (one espeak-ng run); only when something switches, one by one to name the culprits.
        String all = String.join("。\n", prompts.values().stream().map(MandarinReading::of).toList());
        if (!phonemes(all).contains("(en)")) {
            return;
        }
        Map<String, Future<String>> spoken = new LinkedHashMap<>();
        prompts.forEach((where, text) -> spoken.put(where, espeak.submit(() -> phonemes(MandarinReading.of(text)))));
        List<String> english = new ArrayList<>();
        for (Map.Entry<String, Future<String>> e : spoken.entrySet()) {
            String phonemes = e.getValue().get(30, TimeUnit.SECONDS);
            if (phonemes.contains("(en)")) {
                english.add(e.getKey() + ": " + prompts.get(e.getKey()) + " → " + MandarinReading.of(prompts.get(e.getKey()))
                        + " → " + phonemes.strip());
            }
        }
        assertEquals(List.of(), english, "prompts read with the English voice");
    }

    @Test
    void identifiersAreReadDigitByDigitNeverAsQuantities() throws Exception {
        for (String identifier : List.of(HOTLINE, "12319", "8802", "2026", "0001", "000123")) {
            String phonemes = phonemes(MandarinReading.of(identifier));
            assertEquals(identifier.length(), syllables(phonemes),
                    identifier + " must be read as " + identifier.length() + " digits, was " + phonemes.strip());
        }
        String caseNumber = phonemes(MandarinReading.of("20261124000123"));
        assertEquals(14, syllables(caseNumber), "a case number's digits one by one, was " + caseNumber.strip());
    }

    @Test
    void countsStayQuantities() throws Exception {
        // 60 秒 is 六十 (two syllables), not 六零
        assertEquals(3, syllables(phonemes(MandarinReading.of("60秒"))));
    }

    /** A Mandarin syllable ends in its tone's contour digits (55, 35, 214, 51, 21 …) in espeak-ng's phonemes. */
    static int syllables(String phonemes) {
        Matcher m = Pattern.compile("[1-5]{2,3}").matcher(phonemes);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String phonemes(String text) throws IOException, InterruptedException {
        assertTrue(EspeakNgOnPath.present(), "espeak-ng is not installed (Debian package espeak-ng)");
        Process p = new ProcessBuilder("espeak-ng", "-q", "-x", "-v", EspeakNg.MANDARIN_VOICE, "--", text)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "espeak-ng did not finish");
        assertEquals(0, p.exitValue(), "espeak-ng failed: " + out);
        return out;
    }

    /** Chinese screen texts by where they come from, placeholders filled with samples. */
    static Map<String, String> prompts() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String bundle : List.of("/messages.properties", "/zwfw/kiosk/core/form/messages.properties")) {
            Properties p = new Properties();
            try (InputStream in = EveryChinesePromptSpeaksMandarinTest.class.getResourceAsStream(bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames().stream().sorted().toList()) {
                out.put(bundle + " " + key, fill(key, p.getProperty(key)));
            }
        }
        JsonNode catalog = new ObjectMapper().readTree(Path.of("../config/catalog.json").toFile());
        for (JsonNode service : catalog.get("services")) {
            String code = service.get("code").asText();
            out.put("catalog " + code, service.get("name").get("zh").asText());
            out.put("catalog " + code + " department", service.path("department").asText());
            for (JsonNode field : service.path("form")) {
                out.put("catalog " + code + " " + field.get("name").asText(), field.get("label").get("zh").asText());
                for (JsonNode option : field.path("options")) {
                    out.put("catalog " + code + " " + field.get("name").asText() + " " + option.get("value").asText(),
                            option.get("label").get("zh").asText());
                }
            }
        }
        out.values().removeIf(t -> t.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return out;
    }

    static String fill(String key, String pattern) {
        Map<Integer, String> samples = IDENTIFIERS.getOrDefault(key, Map.of());
        Matcher m = PLACE.matcher(pattern);
        int places = 0;
        while (m.find()) {
            places = Math.max(places, Integer.parseInt(m.group(1)) + 1);
        }
        Object[] args = new Object[places];
        for (int i = 0; i < places; i++) {
            args[i] = samples.getOrDefault(i, "3");
        }
        return places == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
