package zwfw.kiosk.core.visit;

/**
 * Where the citizen's visit is: one record per step, holding only what that step shows beyond the
 * visit's data (never personal data). {@link #name()} is a stable short name for screenshots, tests
 * and spoken prompts; nothing dispatches on it.
 */
public sealed interface Step {

    String name();

    /** Whether a citizen is being served (a visit is open): every step but the two idle ones. */
    default boolean inVisit() {
        return true;
    }

    /** Nobody at the kiosk; a tap, a card or a receipt's code starts a visit. */
    record Attract() implements Step {
        @Override
        public String name() {
            return "attract";
        }

        @Override
        public boolean inVisit() {
            return false;
        }
    }

    /** Nobody at the kiosk and the kiosk does not serve (a lock, a device down, a failed start). */
    record OutOfService() implements Step {
        @Override
        public String name() {
            return "attract"; // the attract screen shows the reason and the staffed hall
        }

        @Override
        public boolean inVisit() {
            return false;
        }
    }

    /** The services to choose from, and the progress query. */
    record Home() implements Step {
        @Override
        public String name() {
            return "home";
        }
    }

    /** "为本人办理 / 为他人代办", for a service that may be filed by an agent; {@code cardRead}: someone identified already. */
    record Whose(boolean cardRead) implements Step {
        @Override
        public String name() {
            return "whose";
        }
    }

    /**
     * An ID card or a login QR code, for {@code role}. {@code problemKey} says why the last try did
     * not work (empty when none); {@code checking} while the platform checks a scanned code.
     */
    record Identify(IdentifyRole role, String problemKey, boolean checking) implements Step {
        public Identify {
            problemKey = problemKey == null ? "" : problemKey;
        }

        public static Identify of(IdentifyRole role) {
            return new Identify(role, "", false);
        }

        @Override
        public String name() {
            return "identify";
        }
    }

    /** The chosen service's form (and its pages from the document camera). */
    record Form() implements Step {
        @Override
        public String name() {
            return "form";
        }
    }

    /**
     * "Please check" before submitting; {@code receiptAsQr}: the printer is known not to print, so the receipt will be a
     * QR code; {@code documentAsQr}: a DOCUMENT service whose A4 printer cannot print, so the document will be offered
     * as the case's queryUrl.
     */
    record Review(boolean receiptAsQr, boolean documentAsQr) implements Step {
        public Review(boolean receiptAsQr) {
            this(receiptAsQr, false);
        }

        @Override
        public String name() {
            return "review";
        }
    }

    /** The case is committed and being sent; the screen says "submitting". */
    record Submitting(String clientCaseId) implements Step {
        @Override
        public String name() {
            return "submitting";
        }
    }

    /**
     * The platform's answer (the visit's outcome) and the receipt: printing, printed, shown as QR, or none; for a
     * DOCUMENT case also its {@link Documents} on the A4 printer.
     */
    record Result(Receipt receipt, String receiptProblemKey, Documents documents) implements Step {
        public Result {
            receiptProblemKey = receiptProblemKey == null ? "" : receiptProblemKey;
            documents = documents == null ? Documents.NONE : documents;
        }

        /** A result with no documents (a CASE service, or a case not delivered). */
        public Result(Receipt receipt, String receiptProblemKey) {
            this(receipt, receiptProblemKey, Documents.NONE);
        }

        @Override
        public String name() {
            return "result";
        }
    }

    /**
     * What became of a DOCUMENT case's documents (contract §9) on the A4 printer: {@code pagesDone} of {@code pagesTotal}
     * pages (copies included) while printing; shown as QR means the case's queryUrl, to fetch them on the phone.
     */
    record Documents(Receipt state, String problemKey, int pagesDone, int pagesTotal) {
        public static final Documents NONE = new Documents(Receipt.NONE, "", 0, 0);

        public Documents {
            problemKey = problemKey == null ? "" : problemKey;
        }
    }

    /** What became of the receipt of the case on the result screen. */
    enum Receipt {
        PRINTING, PRINTED, SHOWN_AS_QR, NONE
    }

    /** 好差评 of the case just filed. */
    record Evaluate() implements Step {
        @Override
        public String name() {
            return "evaluation";
        }
    }

    /**
     * 办件进度查询. {@code scanned} is the last code the scanner read here (null: none yet) and
     * {@code scans} counts them, so the same receipt scanned twice is asked twice.
     */
    record Progress(String scanned, int scans) implements Step {
        @Override
        public String name() {
            return "progress";
        }
    }
}
