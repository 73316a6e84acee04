package zwfw.kiosk.core.help;

/**
 * What the screen learns about the citizen's call for help, in order: {@link Waiting} (or at once {@link Offline}),
 * then maybe {@link Answered} (again for each new answer), and {@link Closed} at the end. Every variant tells the
 * screen what to show; the hotline is the screen's to show with each of them.
 */
public sealed interface HelpUpdate {

    /** The desk has the request; staff expect to come within {@code estimatedWaitSeconds}. */
    record Waiting(String requestId, int estimatedWaitSeconds) implements HelpUpdate {
    }

    /** Staff answered: show {@code zh} or {@code en} and who answered. */
    record Answered(String requestId, String zh, String en, String staffName) implements HelpUpdate {
        /** The message in the visit's language ({@code en} or anything else for Chinese). */
        public String message(String language) {
            return "en".equals(language) && en != null && !en.isBlank() ? en : zh;
        }
    }

    /** The request is over: the citizen cancelled, the visit ended, or staff closed it. */
    record Closed(String requestId) implements HelpUpdate {
    }

    /**
     * The platform could not be reached (or refused the request): nobody at the desk knows. The screen shows the
     * hotline at once; {@code reason} is one line for the log, never shown to the citizen.
     */
    record Offline(String reason) implements HelpUpdate {
    }
}
