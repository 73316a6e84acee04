package zwfw.kiosk.core.input.pinyin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits typed letters into syllables: "zhongguo" → zhong·guo, "shangh" → shang·h (a partial last
 * syllable), "bj" → b·j (first letters). Fewest pieces win, whole syllables before partial ones, and
 * between equals the longer first piece ("xian" is one syllable; type "xi'an" for two), though
 * equally good splits are all offered to the dictionary. An
 * apostrophe forces a break; a letter that starts no syllable becomes a piece of its own marked
 * invalid, so any input segments without failing.
 */
public final class PinyinSegmenter {
    /** One piece of the input: its letters, where it ends in the input (after any apostrophe), and its kind. */
    public record Piece(String letters, int end, Kind kind) {
        /** Whether a syllable of a dictionary word can stand for this piece. */
        public boolean matches(String syllable) {
            return switch (kind) {
                case SYLLABLE -> syllable.equals(letters);
                case PARTIAL -> syllable.startsWith(letters);
                case INVALID -> false;
            };
        }
    }

    /** SYLLABLE: a whole syllable; PARTIAL: the start of one; INVALID: starts none. */
    public enum Kind { SYLLABLE, PARTIAL, INVALID }

    private static final int WHOLE = 10;
    private static final int PART = 15;
    private static final int BAD = 1000;
    private final Set<String> syllables;
    private final Set<String> prefixes = new HashSet<>();
    private final int longest;

    public PinyinSegmenter(Set<String> syllables) {
        this.syllables = Set.copyOf(syllables);
        int max = 1;
        for (String s : syllables) {
            max = Math.max(max, s.length());
            for (int i = 1; i < s.length(); i++) {
                prefixes.add(s.substring(0, i));
            }
        }
        this.longest = max;
    }

    /** Lower-case letters and apostrophes only (ü typed as v stays v); anything else is dropped. */
    public static String normalise(String typed) {
        StringBuilder b = new StringBuilder(typed == null ? 0 : typed.length());
        if (typed != null) {
            for (int i = 0; i < typed.length(); i++) {
                char c = Character.toLowerCase(typed.charAt(i));
                if ((c >= 'a' && c <= 'z') || c == '\'') {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** The preferred pieces of {@code input} (already {@link #normalise normalised}). */
    public List<Piece> segment(String input) {
        return segmentations(input, 1).get(0);
    }

    /**
     * Up to {@code max} splits of {@code input} that are equally good ("jianada": jian·a·da and
     * jia·na·da), the preferred one first; a dictionary looks words up in each.
     */
    public List<List<Piece>> segmentations(String input, int max) {
        int n = input.length();
        int[] cost = new int[n + 1];
        // Best cost of input[i..n), filled from the end.
        for (int i = n - 1; i >= 0; i--) {
            if (input.charAt(i) == '\'') {
                cost[i] = cost[i + 1];
                continue;
            }
            cost[i] = BAD + cost[i + 1];
            for (int j = Math.min(n, i + longest); j > i; j--) {
                Kind k = kind(input, i, j);
                if (k != null) {
                    cost[i] = Math.min(cost[i], weight(k) + cost[j]);
                }
            }
        }
        List<List<Piece>> out = new ArrayList<>();
        walk(input, 0, cost, new ArrayList<>(), out, Math.max(1, max));
        return out;
    }

    private void walk(String input, int i, int[] cost, List<Piece> path, List<List<Piece>> out, int max) {
        int n = input.length();
        while (i < n && input.charAt(i) == '\'') {
            i++;
        }
        if (i == n) {
            out.add(List.copyOf(path));
            return;
        }
        boolean any = false;
        for (int j = Math.min(n, i + longest); j > i && out.size() < max; j--) {
            Kind k = kind(input, i, j);
            if (k != null && weight(k) + cost[j] == cost[i]) {
                any = true;
                step(input, i, j, k, cost, path, out, max);
            }
        }
        if (!any && out.size() < max) {
            step(input, i, i + 1, Kind.INVALID, cost, path, out, max);
        }
    }

    private void step(String input, int i, int j, Kind k, int[] cost, List<Piece> path, List<List<Piece>> out, int max) {
        int end = j;
        while (end < input.length() && input.charAt(end) == '\'') {
            end++;
        }
        path.add(new Piece(input.substring(i, j), end, k));
        walk(input, j, cost, path, out, max);
        path.remove(path.size() - 1);
    }

    private Kind kind(String input, int i, int j) {
        String s = input.substring(i, j);
        if (s.indexOf('\'') >= 0) {
            return null;
        }
        return syllables.contains(s) ? Kind.SYLLABLE : prefixes.contains(s) ? Kind.PARTIAL : null;
    }

    private static int weight(Kind k) {
        return switch (k) {
            case SYLLABLE -> WHOLE;
            case PARTIAL -> PART;
            case INVALID -> BAD;
        };
    }
}
