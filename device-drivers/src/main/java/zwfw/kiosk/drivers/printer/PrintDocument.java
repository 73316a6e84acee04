package zwfw.kiosk.drivers.printer;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt printer prints: an ordered list of blocks (text lines, label/value rows, QR
 * codes, images, feeds, cuts). Knows nothing of paper width or printer commands; a driver lays
 * it out for its profile.
 */
public record PrintDocument(List<Block> blocks) {

    public PrintDocument {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    public static Builder builder() {
        return new Builder();
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /** One element of a document. */
    public sealed interface Block permits Text, Row, Qr, Picture, Feed, Rule, Cut {
    }

    /**
     * A paragraph, wrapped to the paper's width. {@code scale} multiplies character width and
     * height (1 = normal, 2 = double) as printers do.
     */
    public record Text(String text, boolean bold, int scale, Align align) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            if (scale < 1 || scale > 8) {
                throw new IllegalArgumentException("scale must be 1 to 8, not " + scale);
            }
        }
    }

    /** A label on the left and its value after it, wrapped under the value where it is long. */
    public record Row(String label, String value) implements Block {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A QR code holding {@code content} (UTF-8), about {@code widthMillimetres} wide on paper. */
    public record Qr(String content, int widthMillimetres) implements Block {
        public Qr {
            Objects.requireNonNull(content, "content");
            if (content.isEmpty()) {
                throw new IllegalArgumentException("a QR code needs content");
            }
            if (widthMillimetres < 10 || widthMillimetres > 80) {
                throw new IllegalArgumentException("QR width must be 10 to 80 mm, not " + widthMillimetres);
            }
        }
    }

    /** A black-and-white picture (a logo), printed as raster dots, centred, scaled down to fit the paper. */
    public record Picture(BufferedImage image) implements Block {
        public Picture {
            Objects.requireNonNull(image, "image");
        }
    }

    /** Blank lines. */
    public record Feed(int lines) implements Block {
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("feed must be 1 to 255 lines, not " + lines);
            }
        }
    }

    /** A separator line across the paper. */
    public record Rule() implements Block {
    }

    /** Cut the paper here (a printer without a cutter feeds to the tear bar instead). */
    public record Cut() implements Block {
    }

    /** Builds a document block by block. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder text(String text) {
            return add(new Text(text, false, 1, Align.LEFT));
        }

        public Builder text(String text, Align align) {
            return add(new Text(text, false, 1, align));
        }

        public Builder heading(String text) {
            return add(new Text(text, true, 2, Align.CENTER));
        }

        public Builder bold(String text, Align align) {
            return add(new Text(text, true, 1, align));
        }

        public Builder row(String label, String value) {
            return add(new Row(label, value));
        }

        public Builder qr(String content, int widthMillimetres) {
            return add(new Qr(content, widthMillimetres));
        }

        public Builder picture(BufferedImage image) {
            return add(new Picture(image));
        }

        public Builder feed(int lines) {
            return add(new Feed(lines));
        }

        public Builder rule() {
            return add(new Rule());
        }

        public Builder cut() {
            return add(new Cut());
        }

        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block));
            return this;
        }

        public PrintDocument build() {
            return new PrintDocument(blocks);
        }
    }
}
