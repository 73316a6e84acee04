package zwfw.kiosk.drivers.smartcard.pcsc;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;

/**
 * One PC/SC context through jnasmartcardio. Each {@link #open()} establishes a new context with
 * pcscd (the JDK's own provider keeps one for the life of the JVM and never recovers from a pcscd
 * restart); {@link #close()} releases it.
 */
final class PcscContext implements AutoCloseable {
    private static final Smartcardio PROVIDER = new Smartcardio();

    private final CardTerminals terminals;

    private PcscContext(CardTerminals terminals) {
        this.terminals = terminals;
    }

    /** Connects to pcscd; {@link CardException} naming why when it is not there. */
    static PcscContext open() throws CardException {
        try {
            TerminalFactory factory = TerminalFactory.getInstance("PC/SC", null, PROVIDER);
            return new PcscContext(factory.terminals());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CardException("the jnasmartcardio PC/SC provider is not usable: " + e.getMessage(), e);
        } catch (Smartcardio.EstablishContextException e) {
            throw new CardException("cannot reach pcscd (" + e.getCause().getMessage() + ")", e.getCause());
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new CardException("the PC/SC library libpcsclite is not installed: " + e.getMessage(), e);
        }
    }

    CardTerminals terminals() {
        return terminals;
    }

    @Override
    public void close() {
        if (terminals instanceof Smartcardio.JnaCardTerminals jna) {
            try {
                jna.close();
            } catch (CardException | RuntimeException ignored) {
                // the daemon is gone already; the context died with it
            }
        }
    }
}
