package zwfw.kiosk.core.input.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinDictionaryTest {
    private static final PinyinDictionary DICT = PinyinDictionary.loadShipped();
    /** HanLP's character table (the generator's input), read straight from its jar: every reading of each character. */
    private static final Map<Character, Set<String>> TABLE = characterTable();

    private static List<String> texts(String typed) {
        return DICT.candidates(typed).stream().map(PinyinCandidate::text).toList();
    }

    @ParameterizedTest(name = "{0} → {1} first")
    @CsvSource({"de, 的", "zhongguo, 中国", "beijing, 北京", "wenzhou, 温州", "wenzhoushi, 温州市", "ouhaiqu, 瓯海区",
        "jiedao, 街道", "lu, 路", "canyin, 餐饮", "fandian, 饭店", "yiyuan, 医院", "meiguo, 美国", "jianada, 加拿大",
        "shangh, 上海", "ZhongGuo, 中国"})
    void commonWordsForTheFormsComeFirst(String typed, String first) {
        assertEquals(first, texts(typed).get(0), () -> typed + " gave " + texts(typed).subList(0, Math.min(8, texts(typed).size())));
    }

    @ParameterizedTest(name = "{0} offers {1} on the first page")
    @CsvSource({"hao, 号", "bj, 北京", "zg, 中国", "lv, 绿", "nv, 女", "lve, 略", "hang, 行", "xing, 行", "xi'an, 西安"})
    void expectedCandidateIsOnTheFirstPage(String typed, String wanted) {
        List<String> t = texts(typed);
        assertTrue(t.subList(0, Math.min(6, t.size())).contains(wanted), () -> typed + " gave " + t.subList(0, Math.min(8, t.size())));
    }

    @Test
    void wholeInputWordsComeBeforeSingleCharactersOfTheFirstSyllable() {
        List<PinyinCandidate> c = DICT.candidates("wenzhou");
        assertEquals(new PinyinCandidate("温州", 7), c.get(0));
        int firstSingle = -1;
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).text().length() == 1) {
                firstSingle = i;
                break;
            }
        }
        assertTrue(firstSingle > 0);
        List<String> singles = new ArrayList<>();
        for (int i = firstSingle; i < c.size(); i++) {
            assertEquals(1, c.get(i).text().length(), "nothing longer after the single characters");
            assertEquals(3, c.get(i).consumed(), "a single character uses up only its syllable");
            singles.add(c.get(i).text());
        }
        assertTrue(singles.subList(0, 6).containsAll(List.of("文", "温")), singles.subList(0, 6)::toString);
    }

    @Test
    void aWordForTheStartLeavesTheRestToCompose() {
        // No word reads wen·zhou·da·xue·lu·kou as a whole: the longest fitting start comes first.
        PinyinCandidate first = DICT.candidates("wenzhoudaxuelukou").get(0);
        assertTrue(first.consumed() < "wenzhoudaxuelukou".length());
        assertTrue("wenzhoudaxuelukou".substring(0, first.consumed()).length() >= 7);
    }

    @Test
    void segmentsContinuousLettersIntoSyllables() {
        assertEquals(List.of("zhong", "guo"), letters("zhongguo"));
        assertEquals(List.of("shang", "h"), letters("shangh"));
        assertEquals(List.of("b", "j"), letters("bj"));
        assertEquals(List.of("xian"), letters("xian"));
        assertEquals(List.of("xi", "an"), letters("xi'an"));
        assertEquals(List.of("nv", "hai"), letters("nvhai"));
        assertEquals(PinyinSegmenter.Kind.PARTIAL, DICT.segment("shangh").get(1).kind());
        assertEquals(PinyinSegmenter.Kind.INVALID, DICT.segment("vvv").get(0).kind());
    }

    private static List<String> letters(String typed) {
        return DICT.segment(typed).stream().map(PinyinSegmenter.Piece::letters).toList();
    }

    @Test
    void lettersThatStartNoSyllableGiveNoCandidates() {
        assertTrue(texts("vvvv").isEmpty());
        assertTrue(texts("").isEmpty());
        assertTrue(texts("123，。").isEmpty());
    }

    /**
     * Every candidate reads the way it was typed by the source's own character table (so the data and
     * the engine's splitting and matching agree), and uses up exactly the letters of its syllables.
     */
    @Property(tries = 300)
    void everyCandidateHasTheTypedReading(@ForAll("syllableStrings") List<String> syllables) {
        String typed = String.join("", syllables);
        List<List<PinyinSegmenter.Piece>> splits = DICT.segmentations(typed);
        List<PinyinCandidate> all = DICT.candidates(typed);
        for (int k = 0; k < all.size(); k++) {
            PinyinCandidate c = all.get(k);
            assertTrue(splits.stream().anyMatch(pieces -> reads(c, pieces)),
                    () -> c + " for " + typed + ": the table reads " + c.text().chars().mapToObj(ch -> TABLE.get((char) ch)).toList()
                            + ", splits " + splits);
        }
    }

    /** Whether {@code c} stands for the first pieces of a split, using up their letters. */
    private static boolean reads(PinyinCandidate c, List<PinyinSegmenter.Piece> pieces) {
        if (c.text().length() > pieces.size() || pieces.get(c.text().length() - 1).end() != c.consumed()) {
            return false;
        }
        for (int i = 0; i < c.text().length(); i++) {
            Set<String> readings = TABLE.getOrDefault(c.text().charAt(i), Set.of());
            if (readings.stream().noneMatch(pieces.get(i)::matches)) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 500)
    void anyTypedTextGivesCandidatesWithoutFailing(@ForAll @StringLength(max = 40) String typed) {
        String input = PinyinSegmenter.normalise(typed);
        List<PinyinCandidate> c = DICT.candidates(typed);
        Set<String> unique = new HashSet<>();
        for (PinyinCandidate x : c) {
            assertTrue(x.consumed() <= input.length());
            assertTrue(unique.add(x.text()), "no duplicates");
        }
    }

    @Property(tries = 300)
    void randomLettersGiveCandidatesWithoutFailing(@ForAll("letters") String typed) {
        List<PinyinCandidate> c = DICT.candidates(typed);
        c.forEach(x -> assertTrue(x.consumed() <= typed.length()));
        assertEquals(typed.replace("'", "").isEmpty(), DICT.segment(typed).isEmpty());
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz'").ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<List<String>> syllableStrings() {
        List<String> common = List.of("de", "shi", "zhong", "guo", "wen", "zhou", "bei", "jing", "shang", "hai", "lu",
                "hao", "yi", "yuan", "jie", "dao", "can", "yin", "fan", "dian", "mei", "jia", "na", "da", "ou", "qu",
                "xian", "nv", "lv", "chang", "ren", "min", "zheng", "fu", "an", "e", "er", "zhuang", "qiong");
        return Arbitraries.of(common).list().ofMinSize(1).ofMaxSize(4);
    }

    private static Map<Character, Set<String>> characterTable() {
        Map<Character, Set<String>> t = new HashMap<>();
        try (InputStream in = com.hankcs.hanlp.HanLP.class.getClassLoader().getResourceAsStream("data/dictionary/pinyin/pinyin.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.indexOf('=') == 1) {
                    for (String p : line.substring(2).split(",")) {
                        t.computeIfAbsent(line.charAt(0), k -> new HashSet<>()).add(p.trim().replaceAll("[0-9]$", ""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
