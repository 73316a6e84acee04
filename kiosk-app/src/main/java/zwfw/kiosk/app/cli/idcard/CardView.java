package zwfw.kiosk.app.cli.idcard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import zwfw.kiosk.drivers.idcard.card.IdCard;

/** A card as {@code kioskctl idcard read} prints it: the documented JSON fields, in order. */
final class CardView {

    private CardView() {
    }

    /** The fields of the JSON object; the ID number masked unless {@code unmasked}. */
    static Map<String, Object> of(IdCard card, boolean unmasked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cardType", card.type().name());
        m.put("name", card.name());
        m.put("englishName", card.englishName());
        m.put("gender", card.gender() == null ? null : card.gender().label());
        m.put("ethnicity", card.ethnicity() == null ? null : card.ethnicity().name());
        m.put("nationality", card.nationality());
        m.put("birthDate", date(card.birthDate()));
        m.put("address", card.address());
        m.put("idNumber", unmasked ? card.idNumber() : card.maskedIdNumber());
        m.put("idNumberValid", card.idNumberValid());
        m.put("issuer", card.issuer());
        m.put("validFrom", date(card.validFrom()));
        m.put("validTo", card.hasNoExpiry() ? "LONG_TERM" : date(card.validTo()));
        m.put("passNumber", card.passNumber());
        m.put("issueCount", card.issueCount());
        m.put("photoBytes", card.photoLength());
        return m;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
