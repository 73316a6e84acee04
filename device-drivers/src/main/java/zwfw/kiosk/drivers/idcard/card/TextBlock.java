package zwfw.kiosk.drivers.idcard.card;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;

/**
 * The card's 256-byte text block (UCS-2 little-endian, padded with spaces) in its three layouts:
 * resident (type character space), HMT residence permit ({@code J}, the resident layout plus pass
 * number and issue count in the reserved area), and foreign permanent resident ({@code I} 2017 and
 * {@code Y} 2023, each with its own layout). {@link #parse} never throws on a block's content:
 * a field that does not parse is left empty and named in {@link IdCard#unreadableFields()}.
 */
public final class TextBlock {
    public static final int LENGTH = 256;
    static final int TYPE_OFFSET = 248;
    private static final String NO_EXPIRY = "长期";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private TextBlock() {
    }

    /** Reads a card from its text block (any length: missing bytes count as padding) and its photo and fingerprint blocks. */
    public static IdCard parse(byte[] text, byte[] photo, byte[] fingerprints) {
        byte[] block = Arrays.copyOf(text == null ? new byte[0] : text, LENGTH);
        if (text == null || text.length < LENGTH) {
            for (int i = text == null ? 0 : text.length; i < LENGTH; i += 2) {
                block[i] = 0x20;
            }
        }
        char typeChar = field(block, TYPE_OFFSET, 2).isEmpty() ? ' ' : field(block, TYPE_OFFSET, 2).charAt(0);
        IdCard.Builder b;
        switch (typeChar) {
            case 'I' -> b = foreign2017(block);
            case 'Y' -> b = foreign2023(block);
            case 'J' -> b = hmt(block);
            default -> {
                b = resident(block, CardType.RESIDENT);
                if (typeChar != ' ') {
                    b.unreadable("cardType");
                }
            }
        }
        return b.photo(photo).fingerprints(fingerprints).build();
    }

    /** Writes a card's text block (for the emulator and tests): the inverse of {@link #parse}. */
    public static byte[] write(IdCard card) {
        byte[] block = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i += 2) {
            block[i] = 0x20;
        }
        switch (card.type()) {
            case RESIDENT, HMT_RESIDENCE -> {
                put(block, 0, 30, card.name());
                put(block, 30, 2, card.gender() == null ? null : card.gender().code());
                put(block, 32, 4, card.ethnicity() == null ? null : card.ethnicity().code());
                put(block, 36, 16, date(card.birthDate()));
                put(block, 52, 70, card.address());
                put(block, 122, 36, card.idNumber());
                put(block, 158, 30, card.issuer());
                put(block, 188, 16, date(card.validFrom()));
                put(block, 204, 16, card.hasNoExpiry() ? NO_EXPIRY : date(card.validTo()));
                if (card.type() == CardType.HMT_RESIDENCE) {
                    put(block, 220, 18, card.passNumber());
                    put(block, 238, 4, card.issueCount() == null ? null : String.format("%02d", card.issueCount()));
                    put(block, TYPE_OFFSET, 2, "J");
                }
            }
            case FOREIGN_PERMANENT -> {
                if ("2023".equals(card.cardVersion())) {
                    writeForeign2023(block, card);
                } else {
                    writeForeign2017(block, card);
                }
            }
        }
        return block;
    }

    private static IdCard.Builder resident(byte[] block, CardType type) {
        IdCard.Builder b = IdCard.builder(type)
                .name(field(block, 0, 30))
                .address(field(block, 52, 70))
                .idNumber(field(block, 122, 36))
                .issuer(field(block, 158, 30));
        gender(b, field(block, 30, 2));
        String eth = field(block, 32, 4);
        if (!eth.isEmpty()) {
            Ethnicity e = Ethnicity.ofCode(eth);
            if (e == null) {
                b.unreadable("ethnicity");
            }
            b.ethnicity(e);
        }
        b.birthDate(date(b, "birthDate", field(block, 36, 16)));
        b.validFrom(date(b, "validFrom", field(block, 188, 16)));
        validTo(b, field(block, 204, 16));
        return b;
    }

    private static IdCard.Builder hmt(byte[] block) {
        IdCard.Builder b = resident(block, CardType.HMT_RESIDENCE);
        b.passNumber(emptyToNull(field(block, 220, 18)));
        b.issueCount(number(b, "issueCount", field(block, 238, 4)));
        return b;
    }

    private static IdCard.Builder foreign2017(byte[] block) {
        String number = field(block, 122, 30);
        IdCard.Builder b = IdCard.builder(CardType.FOREIGN_PERMANENT)
                .englishName(field(block, 0, 120))
                .idNumber(number)
                // The 2017 number's check character is not public: only its form is checked.
                .idNumberValid(number.matches("[A-Z]{3}\\d{12}"))
                .nationality(emptyToNull(field(block, 152, 6)))
                .name(emptyToNull(field(block, 158, 30)))
                .cardVersion(emptyToNull(field(block, 236, 4)))
                .issuer(emptyToNull(field(block, 240, 8)));
        gender(b, field(block, 120, 2));
        b.validFrom(date(b, "validFrom", field(block, 188, 16)));
        validTo(b, field(block, 204, 16));
        b.birthDate(date(b, "birthDate", field(block, 220, 16)));
        return b;
    }

    private static IdCard.Builder foreign2023(byte[] block) {
        IdCard.Builder b = IdCard.builder(CardType.FOREIGN_PERMANENT)
                .name(emptyToNull(field(block, 0, 30)))
                .englishName((field(block, 52, 70) + field(block, 220, 22)).trim())
                .idNumber(field(block, 122, 36))
                .nationality(emptyToNull(field(block, 242, 6)))
                .cardVersion("2023");
        gender(b, field(block, 30, 2));
        b.renewalCount(number(b, "renewalCount", field(block, 32, 4)));
        b.birthDate(date(b, "birthDate", field(block, 36, 16)));
        b.validFrom(date(b, "validFrom", field(block, 188, 16)));
        validTo(b, field(block, 204, 16));
        return b;
    }

    private static void writeForeign2017(byte[] block, IdCard card) {
        put(block, 0, 120, card.englishName());
        put(block, 120, 2, card.gender() == null ? null : card.gender().code());
        put(block, 122, 30, card.idNumber());
        put(block, 152, 6, card.nationality());
        put(block, 158, 30, card.name());
        put(block, 188, 16, date(card.validFrom()));
        put(block, 204, 16, card.hasNoExpiry() ? NO_EXPIRY : date(card.validTo()));
        put(block, 220, 16, date(card.birthDate()));
        put(block, 236, 4, card.cardVersion());
        put(block, 240, 8, card.issuer());
        put(block, TYPE_OFFSET, 2, "I");
    }

    private static void writeForeign2023(byte[] block, IdCard card) {
        String english = card.englishName() == null ? "" : card.englishName();
        put(block, 0, 30, card.name());
        put(block, 30, 2, card.gender() == null ? null : card.gender().code());
        put(block, 32, 4, card.renewalCount() == null ? null : String.format("%02d", card.renewalCount()));
        put(block, 36, 16, date(card.birthDate()));
        put(block, 52, 70, english.substring(0, Math.min(35, english.length())));
        put(block, 122, 36, card.idNumber());
        put(block, 188, 16, date(card.validFrom()));
        put(block, 204, 16, card.hasNoExpiry() ? NO_EXPIRY : date(card.validTo()));
        put(block, 220, 22, english.length() > 35 ? english.substring(35) : null);
        put(block, 242, 6, card.nationality());
        put(block, TYPE_OFFSET, 2, "Y");
    }

    private static void gender(IdCard.Builder b, String code) {
        if (code.isEmpty()) {
            return;
        }
        Gender g = Gender.ofCode(code);
        if (g == null) {
            b.unreadable("gender");
        }
        b.gender(g);
    }

    private static void validTo(IdCard.Builder b, String text) {
        if (text.startsWith(NO_EXPIRY)) {
            b.noExpiry();
        } else {
            b.validTo(date(b, "validTo", text));
        }
    }

    private static LocalDate date(IdCard.Builder b, String fieldName, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            b.unreadable(fieldName);
            return null;
        }
    }

    private static Integer number(IdCard.Builder b, String fieldName, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,4}")) {
            b.unreadable(fieldName);
            return null;
        }
        return Integer.valueOf(text);
    }

    private static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    /** The field's text with padding (spaces, NULs, ideographic spaces) trimmed from both ends. */
    static String field(byte[] block, int offset, int length) {
        String s = new String(block, offset, length, StandardCharsets.UTF_16LE);
        int start = 0;
        int end = s.length();
        while (start < end && isPadding(s.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPadding(char c) {
        return c == ' ' || c == '\u0000' || c == '\u3000' || c == '\uFFFF';
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static void put(byte[] block, int offset, int length, String value) {
        if (value == null) {
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(bytes, 0, block, offset, Math.min(length, bytes.length));
    }
}
