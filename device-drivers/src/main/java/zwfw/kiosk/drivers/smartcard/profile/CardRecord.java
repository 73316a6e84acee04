package zwfw.kiosk.drivers.smartcard.profile;

import java.util.Objects;

/**
 * One record of a card file, read by tag ({@code 00 B2 tag 00 len+2}); the card answers
 * {@code tag, length, value}. {@code field} names what the value is: one of the identity's own
 * fields ({@link CardIdentity#NAME}, {@link CardIdentity#ID_NUMBER} …) or any other name.
 */
public record CardRecord(int tag, String field, int length, FieldEncoding encoding) {

    public CardRecord {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(encoding, "encoding");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("record tag must be one byte, not " + tag);
        }
        if (length < 1 || length > 253) {
            throw new IllegalArgumentException("record " + field + ": length must be 1 to 253, not " + length);
        }
    }
}
