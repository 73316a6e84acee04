package zwfw.kiosk.app.cli.smartcard;

import zwfw.kiosk.drivers.idcard.card.IdNumbers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import zwfw.kiosk.drivers.smartcard.profile.CardIdentity;

/**
 * How a card's fields are shown on a screen that others may see: the name keeps its first
 * character, the ID number its first 6 and last 4, card numbers their first and last 2, the birth
 * date its year; identifiers of the holder (birthplace, card id) are starred. Other fields (dates
 * of issue and expiry, sex) are shown as they are.
 */
final class IdentityMask {
    private static final Set<String> HIDDEN = Set.of("birthplace", "cardId");

    private IdentityMask() {
    }

    static Map<String, String> mask(CardIdentity identity) {
        Map<String, String> out = new LinkedHashMap<>();
        identity.fields().forEach((field, value) -> out.put(field, mask(field, value)));
        return out;
    }

    static String mask(String field, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        switch (field) {
            case CardIdentity.NAME:
                return value.substring(0, 1) + "*".repeat(Math.max(1, value.length() - 1));
            case CardIdentity.ID_NUMBER:
                return IdNumbers.mask(value);
            case CardIdentity.CARD_NUMBER:
                return value.length() <= 3 ? "*".repeat(value.length())
                        : value.charAt(0) + "*".repeat(value.length() - 3) + value.substring(value.length() - 2);
            case CardIdentity.BIRTH_DATE:
                return value.length() >= 4 ? value.substring(0, 4) + "-**-**" : "****";
            default:
                return HIDDEN.contains(field) ? "*".repeat(value.length()) : value;
        }
    }
}
