package zwfw.kiosk.core.attachment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.platform.Attachment;

/**
 * The pages captured for a case's attachment fields, in order per field, within the contract's
 * limits: a field's {@code maxCount}, and {@value #MAX_PER_CASE} per case. On submission each
 * page is named after its field and place ({@code rentalContract-1.jpg}), and the form's value for
 * the field is the list of those names. {@link #wipe()} zeroes every page.
 */
public final class CaseAttachments {
    /** The contract's limit of attachments per case (§3). */
    public static final int MAX_PER_CASE = 10;

    private final Map<String, List<EncodedPage>> pages = new LinkedHashMap<>();
    private boolean wiped;

    /** Whether one more page may be added to {@code field}. */
    public boolean canAdd(FormField field) {
        return field.type() == FieldType.ATTACHMENT && total() < MAX_PER_CASE
                && (field.maxCount() == null || count(field.name()) < field.maxCount());
    }

    /**
     * Adds a page; refused (IllegalStateException) beyond the field's maxCount or the case's limit, or
     * once wiped (a capture that finishes after its visit ended): a refused page is wiped.
     */
    public void add(FormField field, EncodedPage page) {
        if (wiped || !canAdd(field)) {
            page.wipe();
            throw new IllegalStateException("no more pages for " + field.name() + " (at most " + field.maxCount()
                    + " per field, " + MAX_PER_CASE + " per case)");
        }
        pages.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(page);
    }

    /** Removes (and wipes) the page at {@code index} of {@code field}. */
    public void remove(String field, int index) {
        List<EncodedPage> list = pages.get(field);
        if (list == null || index < 0 || index >= list.size()) {
            throw new IndexOutOfBoundsException("no page " + index + " for " + field);
        }
        list.remove(index).wipe();
        if (list.isEmpty()) {
            pages.remove(field);
        }
    }

    public List<EncodedPage> pages(String field) {
        return List.copyOf(pages.getOrDefault(field, List.of()));
    }

    public int count(String field) {
        return pages.getOrDefault(field, List.of()).size();
    }

    public int total() {
        return pages.values().stream().mapToInt(List::size).sum();
    }

    /** The form's value of each field with pages: the names its pages are sent under. */
    public Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        pages.forEach((field, list) -> {
            List<String> n = new ArrayList<>();
            for (int i = 1; i <= list.size(); i++) {
                n.add(name(field, i));
            }
            names.put(field, n);
        });
        return names;
    }

    /** The case's {@code attachments}: every page with its name, SHA-256 and data, fields in the order captured. */
    public List<Attachment> attachments() {
        List<Attachment> all = new ArrayList<>();
        pages.forEach((field, list) -> {
            for (int i = 0; i < list.size(); i++) {
                all.add(Attachment.of(name(field, i + 1), EncodedPage.CONTENT_TYPE, list.get(i).jpeg()));
            }
        });
        return all;
    }

    /** Zeroes and forgets every page; nothing can be added afterwards. */
    public void wipe() {
        pages.values().forEach(list -> list.forEach(EncodedPage::wipe));
        pages.clear();
        wiped = true;
    }

    public boolean isWiped() {
        return wiped;
    }

    static String name(String field, int n) {
        return field.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + n + ".jpg";
    }

    @Override
    public String toString() {
        return "CaseAttachments[" + total() + " pages]";
    }
}
