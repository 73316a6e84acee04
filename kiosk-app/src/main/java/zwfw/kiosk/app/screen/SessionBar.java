package zwfw.kiosk.app.screen;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The place a screen keeps at its top for the visit's controls. They now live in the header the navigator puts
 * above every visit screen ({@code screen.header.VisitHeader}: 返回首页, the steps, 呼叫帮助, 长辈版, the language),
 * so this node takes no room; the screens keep taking it so that none of them needs to know about the header.
 */
public final class SessionBar {
    private final Region place = new Region();

    public SessionBar() {
        place.setManaged(false);
        place.setVisible(false);
    }

    public Node node() {
        return place;
    }
}
