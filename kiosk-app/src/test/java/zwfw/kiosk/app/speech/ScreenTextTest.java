package zwfw.kiosk.app.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** What a screen reader takes from a screen: what it shows, in order, without personal data or typed text. */
class ScreenTextTest {
    @Test
    void titlesInstructionsAndChoicesAreReadButNotPersonalDataOrTypedText() {
        Label title = new Label("请核对信息");
        Label name = new Label("张*");
        name.getStyleClass().add(ScreenText.PERSONAL);
        Label hidden = new Label("隐藏的提示");
        hidden.setVisible(false);
        TextField phone = new TextField("13800138000");
        Button confirm = new Button("确认提交");
        VBox screen = new VBox(title, new VBox(name, phone), hidden, confirm, new Label("确认提交"));
        assertEquals(List.of("请核对信息", "确认提交"), ScreenText.of(screen));
    }
}
