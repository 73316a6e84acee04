package zwfw.kiosk.core.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a form's fields into pages of a few fields each (长辈版), never leaving a page of optional
 * fields only: such a page costs the citizen a touch for nothing they must answer. A page of
 * {@code perPage} fields without a required one takes the fields after it up to the next required
 * one (optional fields often lead up to it: a loan's amount, then the consent to check credit);
 * optional fields left at the end join the last page.
 */
public final class FormPages {
    private FormPages() {
    }

    /**
     * The pages of {@code fields}, {@code perPage} to a page but for optional fields kept with a required
     * one; {@code required} says which fields must be answered. One (empty) page for no fields.
     */
    public static <F> List<List<F>> of(List<F> fields, int perPage, Predicate<F> required) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage " + perPage);
        }
        List<List<F>> pages = new ArrayList<>();
        List<F> page = new ArrayList<>();
        for (F f : fields) {
            page.add(f);
            if (page.size() >= perPage && page.stream().anyMatch(required)) {
                pages.add(List.copyOf(page));
                page.clear();
            }
        }
        if (!page.isEmpty() && (pages.isEmpty() || page.stream().anyMatch(required))) {
            pages.add(List.copyOf(page));
        } else if (!page.isEmpty()) {
            List<F> last = new ArrayList<>(pages.remove(pages.size() - 1));
            last.addAll(page);
            pages.add(List.copyOf(last));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return List.copyOf(pages);
    }
}
