package zwfw.kiosk.core.attachment;

import java.util.Arrays;
import java.util.Objects;

/**
 * One captured page as it will be sent: JPEG bytes within the contract's size limit, and its pixel
 * size. A page of someone's papers is personal data: {@link #toString()} shows only sizes and
 * {@link #wipe()} zeroes the bytes when the visit ends.
 */
public final class EncodedPage {
    public static final String CONTENT_TYPE = "image/jpeg";

    private final byte[] jpeg;
    private final int width;
    private final int height;
    private final float quality;

    public EncodedPage(byte[] jpeg, int width, int height, float quality) {
        this.jpeg = Objects.requireNonNull(jpeg, "jpeg");
        this.width = width;
        this.height = height;
        this.quality = quality;
    }

    /** The JPEG bytes themselves (not a copy). */
    public byte[] jpeg() {
        return jpeg;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The JPEG quality it was written with (0–1). */
    public float quality() {
        return quality;
    }

    public int size() {
        return jpeg.length;
    }

    public void wipe() {
        Arrays.fill(jpeg, (byte) 0);
    }

    /** True once every byte is zero (after {@link #wipe()}). */
    public boolean isWiped() {
        for (byte b : jpeg) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "EncodedPage[" + width + "x" + height + ", " + jpeg.length + " bytes, q=" + quality + "]";
    }
}
