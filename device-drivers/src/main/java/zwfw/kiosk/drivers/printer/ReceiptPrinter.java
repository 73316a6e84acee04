package zwfw.kiosk.drivers.printer;

import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.printer.profile.PrinterProfile;

/**
 * A receipt printer. {@link #print} asks the printer how it is first and refuses the job, with a
 * named reason and before sending a single byte, when it cannot print all of it; it asks again
 * after the job, so a job that used the last of the paper is reported at once.
 */
public interface ReceiptPrinter extends Device {

    /** Prints a whole document or nothing. Never throws for printer conditions; they are refusals. */
    PrintResult print(PrintDocument document);

    /** Asks the printer now (DLE EOT). A printer that does not answer is reported offline. */
    PrinterStatus queryStatus();

    /** The capabilities this printer is driven with. */
    PrinterProfile profile();
}
