package zwfw.kiosk.core.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The form field types of the contract (section 5); UNKNOWN keeps a newer platform's type from breaking the kiosk. */
public enum FieldType {
    TEXT("text"), INTEGER("integer"), PHONE("phone"), ID_NUMBER("idNumber"), DATE("date"), SELECT("select"),
    CHECKBOX("checkbox"), ATTACHMENT("attachment"), UNKNOWN("unknown");

    private final String wire;

    FieldType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static FieldType of(String wire) {
        for (FieldType t : values()) {
            if (t.wire.equals(wire)) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
