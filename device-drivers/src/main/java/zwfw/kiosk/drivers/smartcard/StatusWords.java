package zwfw.kiosk.drivers.smartcard;

/** Names for ISO 7816-4 status words, so an error says what the card meant and not just four hex digits. */
public final class StatusWords {

    private StatusWords() {
    }

    /** A stable upper-case name for {@code sw}, e.g. {@code FILE_NOT_FOUND} for {@code 6A82}. */
    public static String name(int sw) {
        switch (sw) {
            case 0x9000: return "OK";
            case 0x6281: return "DATA_MAY_BE_CORRUPTED";
            case 0x6282: return "END_OF_FILE";
            case 0x6283: return "FILE_DEACTIVATED";
            case 0x6581: return "MEMORY_FAILURE";
            case 0x6700: return "WRONG_LENGTH";
            case 0x6881: return "LOGICAL_CHANNEL_NOT_SUPPORTED";
            case 0x6882: return "SECURE_MESSAGING_NOT_SUPPORTED";
            case 0x6981: return "COMMAND_INCOMPATIBLE_WITH_FILE";
            case 0x6982: return "SECURITY_STATUS_NOT_SATISFIED";
            case 0x6983: return "AUTHENTICATION_BLOCKED";
            case 0x6984: return "REFERENCE_DATA_NOT_USABLE";
            case 0x6985: return "CONDITIONS_NOT_SATISFIED";
            case 0x6986: return "COMMAND_NOT_ALLOWED_NO_CURRENT_EF";
            case 0x6A80: return "WRONG_DATA";
            case 0x6A81: return "FUNCTION_NOT_SUPPORTED";
            case 0x6A82: return "FILE_NOT_FOUND";
            case 0x6A83: return "RECORD_NOT_FOUND";
            case 0x6A84: return "NOT_ENOUGH_MEMORY";
            case 0x6A86: return "INCORRECT_P1_P2";
            case 0x6A88: return "REFERENCED_DATA_NOT_FOUND";
            case 0x6B00: return "WRONG_P1_P2";
            case 0x6D00: return "INSTRUCTION_NOT_SUPPORTED";
            case 0x6E00: return "CLASS_NOT_SUPPORTED";
            case 0x6F00: return "NO_PRECISE_DIAGNOSIS";
            default:
                break;
        }
        switch (sw & 0xFF00) {
            case 0x6100: return "BYTES_REMAINING";
            case 0x6C00: return "WRONG_LE";
            case 0x6400: return "EXECUTION_ERROR";
            default:
                break;
        }
        if ((sw & 0xFFF0) == 0x63C0) {
            return "VERIFICATION_FAILED";
        }
        return "UNKNOWN_STATUS";
    }

    /** Plain words for staff, e.g. "file not found" or "verification failed, 2 tries left". */
    public static String describe(int sw) {
        if ((sw & 0xFFF0) == 0x63C0) {
            return "verification failed, " + (sw & 0x0F) + " tries left";
        }
        String name = name(sw);
        return name.equals("UNKNOWN_STATUS") ? "unknown status" : name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public static String hex(int sw) {
        return String.format("%04X", sw & 0xFFFF);
    }
}
