package zwfw.kiosk.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.attachment.EncodedPage;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;

/** The session holds the visit's pictures of papers and zeroes them when the visit ends or the service changes. */
class SessionAttachmentsTest {
    static final FormField CONTRACT = new FormField("rentalContract", FieldType.ATTACHMENT, new LocalizedText("租赁合同", "Lease"),
            true, null, null, null, null, null, 2);
    static final ServiceItem PERMIT = new ServiceItem("GA-0001", "公安分局", "户政", new LocalizedText("居住证申领", "Residence permit"),
            true, true, true, 8, List.of(CONTRACT));

    static EncodedPage page() {
        return new EncodedPage(new byte[] {(byte) 0xff, (byte) 0xd8, 42, 43, 44}, 10, 14, 0.85f);
    }

    @Test
    void wipeZeroesEveryPageAndLeavesAnEmptySession() {
        Session s = new Session();
        s.choose(PERMIT);
        EncodedPage p = page();
        s.attachments().add(CONTRACT, p);
        assertFalse(s.isEmpty());
        assertTrue(s.toString().contains("pages=1") && !s.toString().contains("42"));
        s.wipe();
        assertTrue(p.isWiped(), "the bytes are zeroed");
        assertEquals(0, s.attachments().total());
        assertTrue(s.isEmpty() && s.wasWiped());
    }

    @Test
    void choosingAnotherServiceDropsThePagesOfTheFirst() {
        Session s = new Session();
        s.choose(PERMIT);
        EncodedPage p = page();
        s.attachments().add(CONTRACT, p);
        s.choose(PERMIT);
        assertTrue(p.isWiped());
        assertEquals(0, s.attachments().total());
        s.attachments().add(CONTRACT, page());
        assertEquals(1, s.attachments().total(), "the new choice takes pages again");
    }
}
