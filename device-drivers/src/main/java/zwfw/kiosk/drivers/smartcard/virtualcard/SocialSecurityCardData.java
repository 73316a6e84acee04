package zwfw.kiosk.drivers.smartcard.virtualcard;

import java.time.LocalDate;
import java.util.Objects;

/** What a virtual social security card holds. Test and demo data only; toString hides it. */
public record SocialSecurityCardData(String cardId, LocalDate issueDate, LocalDate expiryDate, String cardNumber,
                                     String idNumber, String name, char sex, String ethnicity, String birthplace,
                                     LocalDate birthDate) {

    public SocialSecurityCardData {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(birthplace, "birthplace");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** A made-up holder with a valid-looking ID number (check digit correct), for the demo. */
    public static SocialSecurityCardData sample() {
        return new SocialSecurityCardData("330300D156000005", LocalDate.of(2019, 3, 15), LocalDate.of(2029, 3, 15),
                "A10023456", "11010519491231002X", "张三丰", '1', "01", "330304", LocalDate.of(1949, 12, 31));
    }

    @Override
    public String toString() {
        return "SocialSecurityCardData[hidden]";
    }
}
