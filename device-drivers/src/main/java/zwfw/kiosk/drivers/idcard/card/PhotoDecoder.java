package zwfw.kiosk.drivers.idcard.card;

import java.util.Optional;

/**
 * Turns the card's 1024-byte WLT photo into an image. WLT is proprietary: only the reader
 * vendor's library decodes it, so the drivers ship {@link #NONE} and screens show a placeholder
 * unless a vendor decoder is configured.
 */
public interface PhotoDecoder {

    /** Decodes nothing: every photo stays bytes. */
    PhotoDecoder NONE = wlt -> Optional.empty();

    /**
     * The photo as a BMP file (102×126, 24-bit, as vendor libraries produce), or empty when this
     * decoder cannot decode it. Never writes the photo anywhere.
     */
    Optional<byte[]> toBitmap(byte[] wlt);
}
