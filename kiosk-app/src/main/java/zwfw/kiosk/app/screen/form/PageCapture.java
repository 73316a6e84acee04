package zwfw.kiosk.app.screen.form;

import zwfw.kiosk.core.attachment.EncodedPage;

/** Takes one page from the document camera, ready to send. Blocks: called off the FX thread. */
@FunctionalInterface
public interface PageCapture {

    EncodedPage capture() throws CaptureProblem;

    /** Why no page came, as a message key the citizen can act on ({@code form.camera.*}). */
    final class CaptureProblem extends Exception {
        private final String messageKey;

        public CaptureProblem(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
