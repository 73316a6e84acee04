package zwfw.kiosk.drivers.idcard.emulator;

/** Faults the {@link SamReaderEmulator} injects on demand, each for a given number of replies. */
public enum EmulatorFault {
    /** Random bytes on the line before the next reply's preamble. */
    NOISE_BEFORE_PREAMBLE,
    /** The next card-read reply carries a wrong checksum. */
    BAD_CHECKSUM,
    /** The next card-read reply stops half-way (the rest is never sent). */
    TRUNCATED_FRAME,
    /** The next requests get no answer at all. */
    SILENCE,
    /** The next card read answers status {@code 41} (read failed). */
    READ_FAILURE,
    /** The card is lifted half-way through sending the next card-read reply. */
    CARD_REMOVED_MID_READ
}
