package zwfw.kiosk.core.input.pinyin;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the shipped pinyin dictionary ({@code pinyin-words.tsv.gz}) from HanLP portable 1.8.4
 * (Apache-2.0): its core dictionary (words with corpus frequencies), the place names and common
 * nouns/verbs of its custom dictionary, and its pinyin table (every reading of each character).
 * A character's frequency for a reading is how often words using it with that reading occur, so
 * 行 ranks high for "hang" through 银行 and for "xing" through 行政. Only characters a GBK
 * printer can print are kept, and of those only simplified ones (HanLP's t2s table). The output is sorted, so running it twice gives the same bytes:
 *
 * <pre>java -cp kiosk-core/target/test-classes:$(hanlp jar) zwfw.kiosk.core.input.pinyin.PinyinDataGenerator OUT.tsv.gz</pre>
 */
public final class PinyinDataGenerator {
    private static final Set<String> CUSTOM_NATURES = Set.of("ns", "nsf", "n", "vn", "v", "a", "nt", "ntc", "nis", "nit",
            "nnt", "nnd", "nhd", "nhm", "nf", "i", "l");
    private static final Set<String> PARTICLES = Set.of("uj", "uv", "ud", "ude1", "ude2", "ude3");
    private static final int MAX_WORD = 6;
    private final CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
    private final CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    private final Map<Character, List<String>> readings = new HashMap<>();
    private final Map<String, Long> charFreq = new HashMap<>();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0]
                : "kiosk-core/src/main/resources/zwfw/kiosk/core/input/pinyin/pinyin-words.tsv.gz");
        new PinyinDataGenerator().write(out);
    }

    void write(Path out) throws Exception {
        readCharReadings();
        Map<String, Long> words = new TreeMap<>();
        Map<String, CoreDictionary.Attribute> core = keys(loaded(CoreDictionary.trie, () -> CoreDictionary.get("的")));
        Map<String, CoreDictionary.Attribute> custom = keys(loaded(CustomDictionary.DEFAULT.dat, () -> CustomDictionary.get("的")));
        for (Map.Entry<String, CoreDictionary.Attribute> e : custom.entrySet()) {
            if (usable(e.getKey()) && hasNature(e.getValue())) {
                // Its counts are on a larger scale than the core corpus's: a tenth keeps 商户 below 上海.
                words.put(e.getKey(), (long) Math.max(1, e.getValue().totalFrequency / 10));
            }
        }
        for (Map.Entry<String, CoreDictionary.Attribute> e : core.entrySet()) {
            if (usable(e.getKey())) {
                words.put(e.getKey(), (long) Math.max(1, e.getValue().totalFrequency));
            }
        }
        // key "bei'jing" -> word -> frequency
        Map<String, Map<String, Long>> byKey = new TreeMap<>();
        int dropped = 0;
        for (Map.Entry<String, Long> w : words.entrySet()) {
            List<String> syllables = syllables(w.getKey());
            if (syllables == null) {
                dropped++;
                continue;
            }
            for (int i = 0; i < syllables.size(); i++) {
                charFreq.merge(w.getKey().charAt(i) + syllables.get(i), w.getValue(), Long::sum);
            }
            if (w.getKey().length() > 1) {
                byKey.computeIfAbsent(String.join("'", syllables), k -> new TreeMap<>()).put(w.getKey(), w.getValue());
            }
        }
        // The structural particles 的/地/得 read "de" when tagged so (uj/uv/ud, or ude1..3), whatever their default reading.
        for (Map.Entry<String, CoreDictionary.Attribute> e : core.entrySet()) {
            if (e.getKey().length() == 1 && readings.getOrDefault(e.getKey().charAt(0), List.of()).contains("de")) {
                for (int i = 0; i < e.getValue().nature.length; i++) {
                    if (PARTICLES.contains(e.getValue().nature[i].toString())) {
                        charFreq.merge(e.getKey() + "de", (long) e.getValue().frequency[i], Long::sum);
                    }
                }
            }
        }
        int unattested = 0;
        for (Map.Entry<Character, List<String>> c : readings.entrySet()) {
            for (int i = 0; i < c.getValue().size(); i++) {
                String r = c.getValue().get(i);
                long f = charFreq.getOrDefault(c.getKey() + r, 0L);
                if (f == 0 && i > 0) {
                    // A secondary reading no word in the corpus uses (夂 "zhong"): left out as noise.
                    unattested++;
                    continue;
                }
                byKey.computeIfAbsent(r, k -> new TreeMap<>()).put(String.valueOf(c.getKey()), f);
            }
        }
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
             Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            w.write("# Pinyin dictionary of the kiosk's on-screen keyboard, generated by PinyinDataGenerator from\n");
            w.write("# HanLP portable-1.8.4 data (https://github.com/hankcs/HanLP, Apache License 2.0).\n");
            w.write("# syllables<TAB>text<TAB>frequency[<TAB>text<TAB>frequency...], most frequent first\n");
            for (Map.Entry<String, Map<String, Long>> e : byKey.entrySet()) {
                List<Map.Entry<String, Long>> entries = new ArrayList<>(e.getValue().entrySet());
                // Ties (mostly rare characters no word uses) put the common GB 2312 set first: 日 囸 → 日 …
                entries.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(x -> gb2312.canEncode(x.getKey()) ? 0 : 1)
                        .thenComparing(Map.Entry.comparingByKey()));
                StringBuilder line = new StringBuilder(e.getKey());
                for (Map.Entry<String, Long> x : entries) {
                    line.append('\t').append(x.getKey()).append('\t').append(x.getValue());
                }
                w.write(line.append('\n').toString());
            }
        }
        System.out.println("wrote " + out + ": " + byKey.size() + " keys, " + words.size() + " words ("
                + dropped + " dropped for readings the character table does not know), " + readings.size() + " characters, "
                + unattested + " unattested secondary readings left out");
    }

    /** Every reading of each printable character, from HanLP's pinyin table, tone marks dropped. */
    private void readCharReadings() throws Exception {
        try (InputStream in = HanLP.class.getClassLoader().getResourceAsStream("data/dictionary/pinyin/pinyin.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq != 1 || !usable(line.substring(0, 1))) {
                    continue;
                }
                List<String> rs = new ArrayList<>();
                for (String p : line.substring(2).split(",")) {
                    String s = toneless(p.trim());
                    if (s.matches("[a-z]+") && !rs.contains(s)) {
                        rs.add(s);
                    }
                }
                if (!rs.isEmpty()) {
                    readings.put(line.charAt(0), rs);
                }
            }
        }
    }

    /** The word's syllables, or null when HanLP gives a character a reading the table does not list for it. */
    private List<String> syllables(String word) {
        List<Pinyin> py = HanLP.convertToPinyinList(word);
        if (py.size() != word.length()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < py.size(); i++) {
            String s = toneless(py.get(i).toString());
            List<String> known = readings.get(word.charAt(i));
            if (known == null || !known.contains(s)) {
                return null;
            }
            out.add(s);
        }
        return out;
    }

    private static String toneless(String p) {
        return p.replaceAll("[0-9]$", "").replace("ü", "v").replace("u:", "v");
    }

    private boolean usable(String word) {
        if (word.isEmpty() || word.length() > MAX_WORD) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        // Simplified characters only: the traditional ones GBK also holds would crowd the candidates.
        return gbk.canEncode(word) && HanLP.convertToSimplifiedChinese(word).equals(word);
    }

    private static boolean hasNature(CoreDictionary.Attribute a) {
        for (Nature n : a.nature) {
            if (CUSTOM_NATURES.contains(n.toString())) {
                return true;
            }
        }
        return false;
    }

    private static <V> DoubleArrayTrie<V> loaded(DoubleArrayTrie<V> trie, Runnable touch) {
        touch.run();
        return trie;
    }

    /** Every key of a HanLP double-array trie with its value (the trie has no key iterator of its own). */
    static <V> Map<String, V> keys(DoubleArrayTrie<V> t) {
        int[] base = t.getBase();
        int[] check = t.getCheck();
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (int p = 1; p < check.length; p++) {
            if (check[p] != 0) {
                children.computeIfAbsent(check[p], k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, V> out = new LinkedHashMap<>();
        Deque<Map.Entry<Integer, String>> todo = new ArrayDeque<>();
        todo.push(Map.entry(base[0], ""));
        while (!todo.isEmpty()) {
            Map.Entry<Integer, String> node = todo.pop();
            int b = node.getKey();
            for (int p : children.getOrDefault(b, List.of())) {
                int c = p - b - 1;
                if (c == -1) {
                    if (base[p] < 0) {
                        out.put(node.getValue(), t.getValueAt(-base[p] - 1));
                    }
                } else {
                    todo.push(Map.entry(base[p], node.getValue() + (char) c));
                }
            }
        }
        return out;
    }
}
