package zwfw.kiosk.core.catalog;

import java.util.List;

/** A service the kiosk offers, with the form that drives its screen. */
public record ServiceItem(String code, String department, String category, LocalizedText name, boolean requiresIdentity,
                          boolean allowsAgent, Boolean enabled, Integer estimatedMinutes, List<FormField> form) {
    public ServiceItem {
        form = form == null ? List.of() : List.copyOf(form);
    }

    /** A missing {@code enabled} means open. */
    public boolean isEnabled() {
        return enabled == null || enabled;
    }
}
