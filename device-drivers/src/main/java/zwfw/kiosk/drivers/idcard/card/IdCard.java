package zwfw.kiosk.drivers.idcard.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one card holds, for all three card types. Text is trimmed of padding, dates are dates,
 * {@code 长期} is {@link #hasNoExpiry()}. An ID number whose check character is wrong is kept and
 * flagged ({@link #idNumberValid()}), never hidden; a field that could not be parsed is named in
 * {@link #unreadableFields()} and left {@code null}.
 * <p>
 * Personal data: {@link #toString()} shows none of it, and {@link #wipe()} drops every field and
 * zeroes the photo and fingerprint bytes once the holder is done with the card.
 */
public final class IdCard {
    private CardType type;
    private String name;
    private String englishName;
    private Gender gender;
    private Ethnicity ethnicity;
    private String nationality;
    private LocalDate birthDate;
    private String address;
    private String idNumber;
    private boolean idNumberValid;
    private String issuer;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean noExpiry;
    private String passNumber;
    private Integer issueCount;
    private String cardVersion;
    private Integer renewalCount;
    private byte[] photo;
    private byte[] fingerprints;
    private List<String> unreadableFields;
    private boolean wiped;

    private IdCard() {
    }

    public static Builder builder(CardType type) {
        return new Builder(type);
    }

    public CardType type() {
        return type;
    }

    /** The Chinese name ({@code null} on a foreign card without one). */
    public String name() {
        return name;
    }

    /** The English name of a foreign permanent resident card, else {@code null}. */
    public String englishName() {
        return englishName;
    }

    /** {@code null} when the card's code is not in GB/T 2261.1. */
    public Gender gender() {
        return gender;
    }

    /** {@code null} on cards without one (foreign, HMT) or when the code is not in GB 3304. */
    public Ethnicity ethnicity() {
        return ethnicity;
    }

    /** ISO 3166 alpha-3 nationality of a foreign card, else {@code null}. */
    public String nationality() {
        return nationality;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String address() {
        return address;
    }

    /** The full number: resident ID number, permit number or permanent residence number. Mask it to show it. */
    public String idNumber() {
        return idNumber;
    }

    /** The masked number ({@code 330304********1234}), safe to display. */
    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }

    /** Whether the number's check character (or, on a 2017 foreign card, its form) is right. */
    public boolean idNumberValid() {
        return idNumberValid;
    }

    /** The issuing authority (its name, or its code on a 2017 foreign card). */
    public String issuer() {
        return issuer;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last valid day, or {@code null} when the card has no expiry ({@link #hasNoExpiry()}) or it was unreadable. */
    public LocalDate validTo() {
        return validTo;
    }

    /** The card says {@code 长期}: valid without end. */
    public boolean hasNoExpiry() {
        return noExpiry;
    }

    /** The Hong Kong/Macao/Taiwan travel permit number (通行证号码) of an HMT residence permit. */
    public String passNumber() {
        return passNumber;
    }

    /** How many times an HMT residence permit has been issued (签发次数). */
    public Integer issueCount() {
        return issueCount;
    }

    /** The card version field of a foreign permanent resident card ({@code 2023} for type {@code Y}). */
    public String cardVersion() {
        return cardVersion;
    }

    /** The renewal count of a 2023 foreign permanent resident card. */
    public Integer renewalCount() {
        return renewalCount;
    }

    /** A copy of the WLT photo bytes (empty when the card gave none). */
    public byte[] photo() {
        return photo == null ? new byte[0] : photo.clone();
    }

    public int photoLength() {
        return photo == null ? 0 : photo.length;
    }

    /** A copy of the fingerprint block (empty unless fingerprints were read and the card holds them). */
    public byte[] fingerprints() {
        return fingerprints == null ? new byte[0] : fingerprints.clone();
    }

    public int fingerprintsLength() {
        return fingerprints == null ? 0 : fingerprints.length;
    }

    /** Names of fields whose text could not be parsed (e.g. {@code birthDate}); never their values. */
    public List<String> unreadableFields() {
        return unreadableFields == null ? List.of() : unreadableFields;
    }

    /** Whether the card validates at {@code day}: not before its first day, not after its last. */
    public boolean isValidOn(LocalDate day) {
        if (validFrom != null && day.isBefore(validFrom)) {
            return false;
        }
        return noExpiry || (validTo != null && !day.isAfter(validTo));
    }

    public boolean isWiped() {
        return wiped;
    }

    /**
     * Forgets everything personal: drops the text fields and zeroes the photo and fingerprint
     * bytes in place (Java strings cannot be overwritten; dropping them is the most we can do).
     */
    public synchronized void wipe() {
        name = null;
        englishName = null;
        gender = null;
        ethnicity = null;
        nationality = null;
        birthDate = null;
        address = null;
        idNumber = null;
        idNumberValid = false;
        issuer = null;
        validFrom = null;
        validTo = null;
        noExpiry = false;
        passNumber = null;
        issueCount = null;
        cardVersion = null;
        renewalCount = null;
        if (photo != null) {
            Arrays.fill(photo, (byte) 0);
        }
        if (fingerprints != null) {
            Arrays.fill(fingerprints, (byte) 0);
        }
        photo = null;
        fingerprints = null;
        wiped = true;
    }

    /** An independent copy, so each holder can wipe its own. */
    public synchronized IdCard copy() {
        IdCard c = new IdCard();
        c.type = type;
        c.name = name;
        c.englishName = englishName;
        c.gender = gender;
        c.ethnicity = ethnicity;
        c.nationality = nationality;
        c.birthDate = birthDate;
        c.address = address;
        c.idNumber = idNumber;
        c.idNumberValid = idNumberValid;
        c.issuer = issuer;
        c.validFrom = validFrom;
        c.validTo = validTo;
        c.noExpiry = noExpiry;
        c.passNumber = passNumber;
        c.issueCount = issueCount;
        c.cardVersion = cardVersion;
        c.renewalCount = renewalCount;
        c.photo = photo == null ? null : photo.clone();
        c.fingerprints = fingerprints == null ? null : fingerprints.clone();
        c.unreadableFields = unreadableFields;
        c.wiped = wiped;
        return c;
    }

    /** Whether {@code other} is the same card (type and number), for telling a re-placed card from a new one. */
    public boolean sameCardAs(IdCard other) {
        return other != null && type == other.type && idNumber != null && idNumber.equals(other.idNumber);
    }

    /** No personal data: type, whether the number checks out, sizes. */
    @Override
    public String toString() {
        if (wiped) {
            return "IdCard[wiped]";
        }
        return "IdCard[" + type + ", idNumberValid=" + idNumberValid + ", photo=" + photoLength() + " bytes"
                + (unreadableFields().isEmpty() ? "" : ", unreadable=" + unreadableFields) + "]";
    }

    /** Builds a card field by field; {@link #build()} checks the ID number. */
    public static final class Builder {
        private final IdCard card = new IdCard();
        private final List<String> unreadable = new ArrayList<>();
        private Boolean idNumberValid;

        private Builder(CardType type) {
            card.type = Objects.requireNonNull(type, "type");
        }

        public Builder name(String v) {
            card.name = v;
            return this;
        }

        public Builder englishName(String v) {
            card.englishName = v;
            return this;
        }

        public Builder gender(Gender v) {
            card.gender = v;
            return this;
        }

        public Builder ethnicity(Ethnicity v) {
            card.ethnicity = v;
            return this;
        }

        public Builder nationality(String v) {
            card.nationality = v;
            return this;
        }

        public Builder birthDate(LocalDate v) {
            card.birthDate = v;
            return this;
        }

        public Builder address(String v) {
            card.address = v;
            return this;
        }

        public Builder idNumber(String v) {
            card.idNumber = v;
            return this;
        }

        /** Overrides the check done by {@link #build()} (for numbers that have no check character). */
        public Builder idNumberValid(boolean v) {
            idNumberValid = v;
            return this;
        }

        public Builder issuer(String v) {
            card.issuer = v;
            return this;
        }

        public Builder validFrom(LocalDate v) {
            card.validFrom = v;
            return this;
        }

        public Builder validTo(LocalDate v) {
            card.validTo = v;
            card.noExpiry = false;
            return this;
        }

        public Builder noExpiry() {
            card.validTo = null;
            card.noExpiry = true;
            return this;
        }

        public Builder passNumber(String v) {
            card.passNumber = v;
            return this;
        }

        public Builder issueCount(Integer v) {
            card.issueCount = v;
            return this;
        }

        public Builder cardVersion(String v) {
            card.cardVersion = v;
            return this;
        }

        public Builder renewalCount(Integer v) {
            card.renewalCount = v;
            return this;
        }

        public Builder photo(byte[] v) {
            card.photo = v == null ? null : v.clone();
            return this;
        }

        public Builder fingerprints(byte[] v) {
            card.fingerprints = v == null || v.length == 0 ? null : v.clone();
            return this;
        }

        /** Records that a field's text could not be parsed (by name only). */
        public Builder unreadable(String field) {
            unreadable.add(field);
            return this;
        }

        public IdCard build() {
            card.idNumberValid = idNumberValid != null ? idNumberValid : IdNumbers.isValid(card.idNumber);
            card.unreadableFields = List.copyOf(unreadable);
            return card;
        }
    }
}
