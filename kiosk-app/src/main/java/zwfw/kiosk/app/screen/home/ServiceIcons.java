package zwfw.kiosk.app.screen.home;

import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import zwfw.kiosk.app.speech.ScreenText;

/**
 * The icon on a service's card, by the catalog's topic ({@code category}): a citizen who cannot read the name at a
 * glance finds 社保 or 医保 by its picture. A topic without its own icon gets a document. Icons are decoration: the
 * voice does not read their glyphs.
 */
public final class ServiceIcons {
    private static final Map<String, Ikon> BY_TOPIC = Map.of(
            "社保", MaterialDesignS.SHIELD_ACCOUNT,
            "就业", MaterialDesignB.BRIEFCASE,
            "医保", MaterialDesignM.MEDICAL_BAG,
            "不动产", MaterialDesignH.HOME_CITY,
            "户政", MaterialDesignC.CARD_ACCOUNT_DETAILS,
            "市场主体", MaterialDesignS.STOREFRONT,
            "许可", MaterialDesignC.CERTIFICATE,
            "侨务", MaterialDesignE.EARTH,
            "一件事", MaterialDesignC.CHECKBOX_MULTIPLE_MARKED);

    private ServiceIcons() {
    }

    public static Ikon of(String topic) {
        return topic == null ? MaterialDesignF.FILE_DOCUMENT : BY_TOPIC.getOrDefault(topic, MaterialDesignF.FILE_DOCUMENT);
    }

    static FontIcon icon(String topic, String code) {
        FontIcon icon = new FontIcon(of(topic));
        icon.setId("service-icon-" + code);
        icon.getStyleClass().addAll("service-icon", ScreenText.SILENT);
        return icon;
    }
}
