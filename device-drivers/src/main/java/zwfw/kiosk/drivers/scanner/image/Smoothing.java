package zwfw.kiosk.drivers.scanner.image;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;

/** A 3×3 mean filter: sensor noise averages out before binarisation, while modules of 3 px or more survive. */
final class Smoothing {

    private Smoothing() {
    }

    static LuminanceSource box3(LuminanceSource source) {
        int w = source.getWidth();
        int h = source.getHeight();
        byte[] in = source.getMatrix();
        byte[] out = new byte[in.length];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - 1);
            int y1 = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - 1);
                int x1 = Math.min(w - 1, x + 1);
                int sum = 0;
                int n = 0;
                for (int yy = y0; yy <= y1; yy++) {
                    int row = yy * w;
                    for (int xx = x0; xx <= x1; xx++) {
                        sum += in[row + xx] & 0xFF;
                        n++;
                    }
                }
                out[y * w + x] = (byte) (sum / n);
            }
        }
        return new PlanarYUVLuminanceSource(out, w, h, 0, 0, w, h, false);
    }
}
