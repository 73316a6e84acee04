package zwfw.kiosk.drivers.smartcard.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a card says about its holder, as text by field name. The well-known fields have accessors;
 * others (sex, birthplace …) stay in {@link #fields()}. Holds personal data: {@link #toString()}
 * shows only which fields are there.
 */
public final class CardIdentity {
    public static final String NAME = "name";
    public static final String CARD_NUMBER = "cardNumber";
    public static final String ID_NUMBER = "idNumber";
    public static final String ISSUE_DATE = "issueDate";
    public static final String EXPIRY_DATE = "expiryDate";
    public static final String BIRTH_DATE = "birthDate";

    private final String profile;
    private final Map<String, String> fields;

    public CardIdentity(String profile, Map<String, String> fields) {
        this.profile = profile;
        this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String profile() {
        return profile;
    }

    /** Every field read, in profile order. */
    public Map<String, String> fields() {
        return fields;
    }

    public String name() {
        return fields.get(NAME);
    }

    public String cardNumber() {
        return fields.get(CARD_NUMBER);
    }

    public String idNumber() {
        return fields.get(ID_NUMBER);
    }

    public String issueDate() {
        return fields.get(ISSUE_DATE);
    }

    public String expiryDate() {
        return fields.get(EXPIRY_DATE);
    }

    public String birthDate() {
        return fields.get(BIRTH_DATE);
    }

    @Override
    public String toString() {
        return "CardIdentity[" + profile + ", fields " + fields.keySet() + "]";
    }
}
