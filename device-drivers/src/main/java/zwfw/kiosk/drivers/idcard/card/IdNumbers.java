package zwfw.kiosk.drivers.idcard.card;

/**
 * The 18-character resident identity number of GB 11643-1999 (also used by Hong Kong, Macao and
 * Taiwan residence permits and by the 2023 foreign permanent resident card): its check character
 * (ISO 7064 MOD 11-2) and the masked form every screen and log must use.
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** Whether {@code number} has 17 digits and the right check character (an upper- or lower-case X counts). */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(number.charAt(i))) {
                return false;
            }
        }
        return Character.toUpperCase(number.charAt(17)) == checkCharacter(number.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("the check character needs exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("the check character needs digits only");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * The first 6 and last 4 characters with {@code *} between ({@code 330304********1234}).
     * Short values are starred out completely, since they would show too much.
     */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        int n = number.length();
        if (n <= 10) {
            return "*".repeat(n);
        }
        return number.substring(0, 6) + "*".repeat(n - 10) + number.substring(n - 4);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
