package zwfw.kiosk.app.screen.identify;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Interpolator;
import javafx.animation.Timeline;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Shows where things go: an ID card gliding down onto the reader's pad and resting there, and a
 * phone moving up to the scanner's window. Elderly citizens follow a movement more easily than a
 * sentence. Drawn with shapes (no image files to ship or translate); plays only while the identify
 * screen is on the window.
 */
final class PlacementAnimation {
    private static final Duration CYCLE = Duration.seconds(2.4);
    /** How far the card and the phone travel: kept short, the room for it is taken from the screen for good. */
    private static final double TRAVEL = 40;
    private final Group card = new Group();
    private final Group phone = new Group();
    private final List<Timeline> timelines;

    PlacementAnimation() {
        Node idCard = idCard();
        card.getChildren().addAll(room(idCard, -TRAVEL), readerPad(), idCard);
        card.setId("identify-card-animation");
        Node handset = handset();
        phone.getChildren().addAll(room(handset, TRAVEL), scanWindow(), handset);
        phone.setId("identify-qr-animation");
        timelines = List.of(glide(idCard, -TRAVEL, 0), glide(handset, TRAVEL, 0));
    }

    /** The card above the reader's pad, moving down onto it and resting, then again. */
    Node cardGraphic() {
        return card;
    }

    /** The phone below the scan window, moving up to it. */
    Node phoneGraphic() {
        return phone;
    }

    void play() {
        timelines.forEach(Timeline::play);
    }

    void stop() {
        timelines.forEach(Timeline::stop);
    }

    boolean isPlaying() {
        return timelines.stream().allMatch(t -> t.getStatus() == Animation.Status.RUNNING);
    }

    /**
     * An empty rectangle over all the places {@code moving} passes, so the graphic's bounds stay the same while it
     * moves: they grew and shrank with the glide, and the whole identify screen reflowed every cycle (in English 长辈版
     * its wrapped texts were cut short at the top of the glide).
     */
    private static Node room(Node moving, double travel) {
        javafx.geometry.Bounds b = moving.getBoundsInParent();
        Rectangle room = new Rectangle(b.getMinX(), b.getMinY() + Math.min(0, travel), b.getWidth(), b.getHeight() + Math.abs(travel));
        room.setFill(javafx.scene.paint.Color.TRANSPARENT);
        room.setMouseTransparent(true);
        return room;
    }

    private static Timeline glide(Node moving, double fromY, double toY) {
        Timeline t = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(moving.translateYProperty(), fromY),
                        new KeyValue(moving.opacityProperty(), 0.2)),
                new KeyFrame(CYCLE.multiply(0.55), new KeyValue(moving.translateYProperty(), toY, Interpolator.EASE_OUT),
                        new KeyValue(moving.opacityProperty(), 1.0)),
                // Rest on the pad for a while: that is the position to copy.
                new KeyFrame(CYCLE, new KeyValue(moving.translateYProperty(), toY)));
        t.setCycleCount(Animation.INDEFINITE);
        return t;
    }

    private static Node readerPad() {
        Rectangle pad = rect(0, 40, 220, 70, 14, "placement-device");
        Rectangle zone = rect(30, 52, 160, 46, 8, "placement-zone");
        return new Group(pad, zone);
    }

    private static Node idCard() {
        Rectangle body = rect(40, 30, 140, 88, 10, "placement-card");
        Rectangle photo = rect(140, 44, 30, 38, 3, "placement-card-mark");
        Rectangle line1 = rect(52, 48, 72, 8, 3, "placement-card-mark");
        Rectangle line2 = rect(52, 64, 60, 8, 3, "placement-card-mark");
        Rectangle line3 = rect(52, 96, 110, 8, 3, "placement-card-mark");
        return new Group(body, photo, line1, line2, line3);
    }

    private static Node scanWindow() {
        Rectangle frame = rect(40, 0, 140, 40, 10, "placement-device");
        Rectangle glass = rect(60, 10, 100, 20, 6, "placement-zone");
        return new Group(frame, glass);
    }

    private static Node handset() {
        Rectangle body = rect(70, 50, 80, 130, 12, "placement-card");
        Rectangle screen = rect(78, 62, 64, 96, 4, "placement-card-mark");
        Rectangle qrA = rect(86, 72, 20, 20, 2, "placement-zone");
        Rectangle qrB = rect(114, 72, 20, 20, 2, "placement-zone");
        Rectangle qrC = rect(86, 100, 20, 20, 2, "placement-zone");
        Circle button = new Circle(110, 168, 6);
        button.getStyleClass().add("placement-card-mark");
        return new Group(body, screen, qrA, qrB, qrC, button);
    }

    private static Rectangle rect(double x, double y, double w, double h, double arc, String styleClass) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(arc);
        r.setArcHeight(arc);
        r.getStyleClass().add(styleClass);
        return r;
    }
}
