package zwfw.kiosk.core.input.pinyin;

/**
 * One choice for the letters being composed: {@code text} replaces the first {@code consumed}
 * characters of the input (the rest stay to be composed).
 */
public record PinyinCandidate(String text, int consumed) {
    public PinyinCandidate {
        if (text == null || text.isEmpty() || consumed < 1) {
            throw new IllegalArgumentException("a candidate needs text and consumes at least one letter");
        }
    }
}
