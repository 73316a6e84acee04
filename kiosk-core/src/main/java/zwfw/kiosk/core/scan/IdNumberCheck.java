package zwfw.kiosk.core.scan;

/**
 * The GB 11643-1999 check of an 18-character ID number (resident ID, and the same scheme on
 * 2023 foreign permanent resident cards and HMT residence permits): ISO 7064 MOD 11-2 over the
 * first 17 digits.
 */
public final class IdNumberCheck {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumberCheck() {
    }

    /** Whether {@code s} is 17 digits and the right check character (X in either case). */
    public static boolean isValid(String s) {
        if (s == null || s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return Character.toUpperCase(s.charAt(17)) == checkCharacter(s.substring(0, 17));
    }

    /** The check character for 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int d = first17.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("the first 17 characters must be digits");
            }
            sum += d * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The display form: first 6 and last 4 characters, stars between ({@code 330304********1234}). */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "*".repeat(idNumber == null ? 0 : idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }
}
