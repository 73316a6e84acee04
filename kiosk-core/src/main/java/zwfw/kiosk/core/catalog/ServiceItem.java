package zwfw.kiosk.core.catalog;

import java.util.List;

/** A service the kiosk offers, with the form that drives its screen, and how it delivers ({@link Delivery}). */
public record ServiceItem(String code, String department, String category, LocalizedText name, boolean requiresIdentity,
                          boolean allowsAgent, Boolean enabled, Integer estimatedMinutes, List<FormField> form,
                          Delivery delivery) {
    public ServiceItem {
        form = form == null ? List.of() : List.copyOf(form);
        delivery = delivery == null ? Delivery.CASE : delivery;
    }

    /** A CASE service, as catalogs before §9 knew them. */
    public ServiceItem(String code, String department, String category, LocalizedText name, boolean requiresIdentity,
                       boolean allowsAgent, Boolean enabled, Integer estimatedMinutes, List<FormField> form) {
        this(code, department, category, name, requiresIdentity, allowsAgent, enabled, estimatedMinutes, form, Delivery.CASE);
    }

    /** A missing {@code enabled} means open. */
    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    /** Whether the platform answers with documents to print on the spot (§9) instead of handling the case later. */
    public boolean deliversDocument() {
        return delivery == Delivery.DOCUMENT;
    }
}
