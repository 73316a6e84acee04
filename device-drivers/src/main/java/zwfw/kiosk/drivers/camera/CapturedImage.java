package zwfw.kiosk.drivers.camera;

import java.util.Arrays;
import java.util.Objects;

/**
 * One picture from a document camera: the encoded bytes as the camera gave them ({@code image/jpeg}
 * or {@code image/png}) and the pixel size. A picture of someone's papers is personal data:
 * {@link #toString()} shows only its size, and {@link #wipe()} zeroes the bytes once they are used.
 */
public final class CapturedImage {
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private final byte[] data;
    private final String contentType;
    private final int width;
    private final int height;

    public CapturedImage(byte[] data, String contentType, int width, int height) {
        this.data = Objects.requireNonNull(data, "data");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, not " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The encoded image itself (not a copy: callers that keep it must not change it). */
    public byte[] data() {
        return data;
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Zeroes the bytes: the picture is gone from this object. */
    public void wipe() {
        Arrays.fill(data, (byte) 0);
    }

    @Override
    public String toString() {
        return "CapturedImage[" + contentType + ", " + width + "x" + height + ", " + data.length + " bytes]";
    }
}
