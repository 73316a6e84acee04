package zwfw.kiosk.core.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.platform.Attachment;

class CaseAttachmentsTest {
    static FormField attachment(String name, Integer maxCount) {
        return new FormField(name, FieldType.ATTACHMENT, new LocalizedText(name, name), true, null, null, null, null, null, maxCount);
    }

    static EncodedPage page(int marker) {
        return new EncodedPage(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) marker, 1, 2, 3}, 10, 14, 0.85f);
    }

    @Test
    void pagesAreNamedAfterTheirFieldAndPlaceAndCarryTheirSha256() throws Exception {
        CaseAttachments a = new CaseAttachments();
        FormField contract = attachment("rentalContract", 2);
        a.add(contract, page(1));
        a.add(contract, page(2));
        assertEquals(Map.of("rentalContract", List.of("rentalContract-1.jpg", "rentalContract-2.jpg")), a.names());
        List<Attachment> sent = a.attachments();
        assertEquals(2, sent.size());
        Attachment first = sent.get(0);
        assertEquals("rentalContract-1.jpg", first.name());
        assertEquals("image/jpeg", first.contentType());
        byte[] data = Base64.getDecoder().decode(first.dataBase64());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)), first.sha256());
        assertEquals(1, data[2]);
    }

    @Test
    void removingAPageRenumbersTheRestAndWipesIt() {
        CaseAttachments a = new CaseAttachments();
        FormField f = attachment("floorPlan", 3);
        EncodedPage gone = page(1);
        a.add(f, gone);
        a.add(f, page(2));
        a.remove("floorPlan", 0);
        assertTrue(gone.isWiped());
        assertEquals(List.of("floorPlan-1.jpg"), a.names().get("floorPlan"));
        assertEquals(2, Base64.getDecoder().decode(a.attachments().get(0).dataBase64())[2]);
        a.remove("floorPlan", 0);
        assertEquals(Map.of(), a.names());
    }

    @Test
    void aFieldTakesNoMoreThanItsMaxCount() {
        CaseAttachments a = new CaseAttachments();
        FormField f = attachment("separationProof", 2);
        a.add(f, page(1));
        a.add(f, page(2));
        assertFalse(a.canAdd(f));
        assertThrows(IllegalStateException.class, () -> a.add(f, page(3)));
    }

    @Test
    void aCaseTakesNoMoreThanTenPages() {
        CaseAttachments a = new CaseAttachments();
        FormField one = attachment("one", null);
        FormField two = attachment("two", null);
        for (int i = 0; i < 7; i++) {
            a.add(one, page(i));
        }
        for (int i = 0; i < 3; i++) {
            a.add(two, page(i));
        }
        assertEquals(CaseAttachments.MAX_PER_CASE, a.total());
        assertFalse(a.canAdd(two));
        assertThrows(IllegalStateException.class, () -> a.add(two, page(9)));
    }

    @Test
    void wipeZeroesEveryPageAndForgetsThem() {
        CaseAttachments a = new CaseAttachments();
        EncodedPage p = page(7);
        a.add(attachment("x", 3), p);
        a.wipe();
        assertTrue(p.isWiped());
        assertEquals(0, a.total());
        assertFalse(a.toString().contains("7"));
        EncodedPage late = page(8);
        assertThrows(IllegalStateException.class, () -> a.add(attachment("x", 3), late), "a wiped visit takes no more pages");
        assertTrue(late.isWiped());
    }
}
