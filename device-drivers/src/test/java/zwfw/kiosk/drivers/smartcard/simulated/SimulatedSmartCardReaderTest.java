package zwfw.kiosk.drivers.smartcard.simulated;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;
import zwfw.kiosk.drivers.smartcard.profile.CardProfiles;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardApplet;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardData;

class SimulatedSmartCardReaderTest {

    @Test
    void aCardPutInIsAnnouncedReadAndTakenOut() throws Exception {
        SimulatedSmartCardReader reader = new SimulatedSmartCardReader("sscard", "Demo Reader");
        List<String> events = new CopyOnWriteArrayList<>();
        reader.addCardListener(new CardListener() {
            @Override
            public void cardInserted(SmartCardReader r, CardInfo card) {
                events.add("in " + card.readerName());
            }

            @Override
            public void cardRemoved(SmartCardReader r, String readerName) {
                events.add("out " + readerName);
            }
        });
        reader.open();
        reader.enable();
        reader.insert(new SocialSecurityCardApplet(SocialSecurityCardData.sample()));
        assertEquals("张三丰", reader.read(null, CardProfiles.shipped(CardProfiles.SOCIAL_SECURITY)).name());
        reader.remove();
        await().until(() -> events.size() == 2);
        assertEquals(List.of("in Demo Reader", "out Demo Reader"), events);
        DeviceException e = assertThrows(DeviceException.class,
                () -> reader.read(null, CardProfiles.shipped(CardProfiles.SOCIAL_SECURITY)));
        assertEquals("NO_CARD", e.code());
        reader.close();
    }
}
