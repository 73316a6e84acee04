package zwfw.kiosk.core.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a form's fields into pages of a few fields each (长辈版), never leaving a page of optional
 * fields only: such a page costs the citizen a touch for nothing they must answer, so its fields
 * join the page after (optional fields often lead up to what follows: a loan's amount, then the
 * consent to check credit), or, on the last page, the page before.
 */
public final class FormPages {
    private FormPages() {
    }

    /**
     * The pages of {@code fields}, {@code perPage} to a page but for the optional-only pages merged away;
     * {@code required} says which fields must be answered. One (empty) page for no fields.
     */
    public static <F> List<List<F>> of(List<F> fields, int perPage, Predicate<F> required) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage " + perPage);
        }
        List<List<F>> pages = new ArrayList<>();
        for (int from = 0; from < fields.size(); from += perPage) {
            pages.add(new ArrayList<>(fields.subList(from, Math.min(from + perPage, fields.size()))));
        }
        for (int i = 0; i < pages.size() && pages.size() > 1; ) {
            if (pages.get(i).stream().anyMatch(required)) {
                i++;
            } else if (i < pages.size() - 1) {
                pages.get(i + 1).addAll(0, pages.remove(i));
            } else {
                pages.get(i - 1).addAll(pages.remove(i));
            }
        }
        if (pages.isEmpty()) {
            pages.add(new ArrayList<>());
        }
        return pages.stream().map(List::copyOf).toList();
    }
}
