package zwfw.kiosk.core.catalog;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How a service delivers (platform contract §5): {@code CASE} is handled later and its progress queried;
 * {@code DOCUMENT} is answered at once with documents to print on the spot (§9). Absent or unknown means CASE.
 */
public enum Delivery {
    @JsonEnumDefaultValue
    CASE,
    DOCUMENT
}
