package zwfw.kiosk.core.input.pinyin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pinyin to Chinese: typed letters give candidates, most frequent first. Words and phrases that
 * take up the whole input come first, then shorter words for its start, then single characters
 * for the first syllable; each candidate says how many letters it uses up. Built from the shipped
 * {@code pinyin-words.tsv.gz} (generated from HanLP's dictionaries, see PinyinDataGenerator in the
 * test sources). Immutable once loaded, so any thread may ask.
 */
public final class PinyinDictionary {
    /** The shipped resource. */
    public static final String RESOURCE = "/zwfw/kiosk/core/input/pinyin/pinyin-words.tsv.gz";
    private static final Logger log = LoggerFactory.getLogger(PinyinDictionary.class);
    private static final int MAX_PER_LENGTH = 120;
    private static final int MAX_CHARACTERS = 400;
    private static final int MAX_SPLITS = 4;

    /** The texts sharing one reading, most frequent first. */
    private record Reading(String[] syllables, String[] texts, int[] freqs) {
    }

    private record Scored(String text, int freq, int consumed) {
    }

    private final Map<String, Reading> byKey;
    private final Map<String, Reading[]> byInitials;
    private final PinyinSegmenter segmenter;

    private PinyinDictionary(Map<String, Reading> byKey) {
        this.byKey = byKey;
        Map<String, List<Reading>> initials = new HashMap<>();
        Set<String> syllables = new HashSet<>();
        for (Reading r : byKey.values()) {
            StringBuilder k = new StringBuilder(r.syllables.length);
            for (String s : r.syllables) {
                k.append(s.charAt(0));
            }
            initials.computeIfAbsent(k.toString(), x -> new ArrayList<>()).add(r);
            if (r.syllables.length == 1) {
                syllables.add(r.syllables[0]);
            }
        }
        Map<String, Reading[]> frozen = new HashMap<>(initials.size() * 2);
        initials.forEach((k, v) -> frozen.put(k, v.toArray(Reading[]::new)));
        this.byInitials = frozen;
        this.segmenter = new PinyinSegmenter(syllables);
    }

    /** Reads a dictionary in the shipped format (gzip, UTF-8 lines "syl'syl TAB text TAB freq ..."). */
    public static PinyinDictionary read(InputStream gzipped) throws IOException {
        Map<String, Reading> byKey = new HashMap<>(1 << 17);
        // About 400 syllables make up every key: shared, not one String per use (saves ~10 MB).
        Map<String, String> syllables = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3 || f.length % 2 == 0) {
                    throw new IOException("pinyin dictionary line " + no + " is not key, text, frequency ...");
                }
                int n = (f.length - 1) / 2;
                String[] texts = new String[n];
                int[] freqs = new int[n];
                for (int i = 0; i < n; i++) {
                    texts[i] = f[1 + 2 * i];
                    freqs[i] = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[2 + 2 * i]));
                }
                String[] keySyllables = f[0].split("'");
                for (int i = 0; i < keySyllables.length; i++) {
                    keySyllables[i] = syllables.computeIfAbsent(keySyllables[i], x -> x);
                }
                byKey.put(f[0], new Reading(keySyllables, texts, freqs));
            }
        } catch (NumberFormatException e) {
            throw new IOException("pinyin dictionary has a frequency that is not a number", e);
        }
        return new PinyinDictionary(byKey);
    }

    /** Loads the shipped dictionary from the class path. */
    public static PinyinDictionary loadShipped() {
        try (InputStream in = PinyinDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the pinyin dictionary " + RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pinyin dictionary " + RESOURCE, e);
        }
    }

    /**
     * The shipped dictionary, loaded once on a background thread started by the first call (so the
     * kiosk can start it early and a screen never waits on the UI thread).
     */
    public static CompletableFuture<PinyinDictionary> shipped() {
        return Shipped.LOAD;
    }

    private static final class Shipped {
        static final CompletableFuture<PinyinDictionary> LOAD = CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            PinyinDictionary d = loadShipped();
            log.info("pinyin dictionary loaded in {} ms", (System.nanoTime() - t) / 1_000_000);
            return d;
        }, r -> {
            Thread th = new Thread(r, "pinyin-dictionary-load");
            th.setDaemon(true);
            th.start();
        }).whenComplete((d, e) -> {
            if (e != null) {
                // The keyboard still types digits and letters (英); staff need to know pinyin is gone.
                log.error("pinyin dictionary did not load; the on-screen keyboard offers no Chinese: {}", e.getMessage());
            }
        });
    }

    /** The syllable split used for {@code typed}. */
    public List<PinyinSegmenter.Piece> segment(String typed) {
        return segmenter.segment(PinyinSegmenter.normalise(typed));
    }

    /** The equally good syllable splits candidates are looked up in, preferred first. */
    public List<List<PinyinSegmenter.Piece>> segmentations(String typed) {
        return segmenter.segmentations(PinyinSegmenter.normalise(typed), MAX_SPLITS);
    }

    /** Candidates for {@code typed} (letters; ü as v; ' to break syllables), best first, no duplicates. */
    public List<PinyinCandidate> candidates(String typed) {
        String input = PinyinSegmenter.normalise(typed);
        List<List<PinyinSegmenter.Piece>> splits = segmenter.segmentations(input, MAX_SPLITS);
        int most = splits.stream().mapToInt(List::size).max().orElse(0);
        Set<String> seen = new HashSet<>();
        List<PinyinCandidate> out = new ArrayList<>();
        // Longest words first; at each length the equally good splits compete on frequency.
        for (int j = most; j >= 1; j--) {
            List<Scored> level = new ArrayList<>();
            for (List<PinyinSegmenter.Piece> pieces : splits) {
                if (pieces.size() < j) {
                    continue;
                }
                List<PinyinSegmenter.Piece> head = pieces.subList(0, j);
                if (head.stream().noneMatch(p -> p.kind() == PinyinSegmenter.Kind.INVALID)) {
                    level.addAll(matches(head, head.get(j - 1).end(), j == 1 ? MAX_CHARACTERS : MAX_PER_LENGTH));
                }
            }
            if (splits.size() > 1) {
                level.sort(Comparator.comparingInt(Scored::freq).reversed());
            }
            for (Scored s : level) {
                if (seen.add(s.text)) {
                    out.add(new PinyinCandidate(s.text, s.consumed));
                }
            }
        }
        return out;
    }

    private List<Scored> matches(List<PinyinSegmenter.Piece> head, int consumed, int cap) {
        List<Scored> found = new ArrayList<>();
        boolean whole = head.stream().allMatch(p -> p.kind() == PinyinSegmenter.Kind.SYLLABLE);
        if (whole) {
            StringBuilder key = new StringBuilder();
            for (PinyinSegmenter.Piece p : head) {
                key.append(key.isEmpty() ? "" : "'").append(p.letters());
            }
            Reading r = byKey.get(key.toString());
            if (r != null) {
                for (int i = 0; i < r.texts.length && found.size() < cap; i++) {
                    found.add(new Scored(r.texts[i], r.freqs[i], consumed));
                }
            }
            return found;
        }
        StringBuilder initials = new StringBuilder();
        for (PinyinSegmenter.Piece p : head) {
            initials.append(p.letters().charAt(0));
        }
        for (Reading r : byInitials.getOrDefault(initials.toString(), new Reading[0])) {
            if (fits(r, head)) {
                for (int i = 0; i < r.texts.length; i++) {
                    found.add(new Scored(r.texts[i], r.freqs[i], consumed));
                }
            }
        }
        found.sort(Comparator.comparingInt(Scored::freq).reversed().thenComparing(Scored::text));
        return found.size() > cap ? found.subList(0, cap) : found;
    }

    private static boolean fits(Reading r, List<PinyinSegmenter.Piece> head) {
        for (int i = 0; i < head.size(); i++) {
            if (!head.get(i).matches(r.syllables[i])) {
                return false;
            }
        }
        return true;
    }

    /** Every reading the dictionary gives {@code text} (syllables joined by '), for checks and tests. */
    public Set<String> readingsOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Reading> e : byKey.entrySet()) {
            for (String t : e.getValue().texts) {
                if (t.equals(text)) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    /** How many distinct readings (keys) it holds. */
    public int size() {
        return byKey.size();
    }
}
