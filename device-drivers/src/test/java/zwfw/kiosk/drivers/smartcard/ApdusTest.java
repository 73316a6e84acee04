package zwfw.kiosk.drivers.smartcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardApplet;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardData;

/** The ISO 7816-4 rules every exchange follows; a scripted card stands in where the virtual card never answers so. */
class ApdusTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final class ScriptedCard implements ApduChannel {
        final Deque<String> answers = new ArrayDeque<>();
        final List<String> sent = new ArrayList<>();

        ScriptedCard(String... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public byte[] transmitRaw(byte[] command) {
            sent.add(HEX.formatHex(command));
            return HEX.parseHex(answers.removeFirst());
        }
    }

    @Test
    void remainingBytesAreFetchedWithGetResponse() throws DeviceException {
        ScriptedCard card = new ScriptedCard("6104", "AABBCCDD9000");
        assertArrayEquals(HEX.parseHex("AABBCCDD"), card.exchange(HEX.parseHex("00B2010000"), "READ"));
        assertEquals(List.of("00B2010000", "00C0000004"), card.sent);
    }

    @Test
    void aWrongLeIsRepeatedWithTheLengthTheCardAsks() throws DeviceException {
        SocialSecurityCardApplet applet = new SocialSecurityCardApplet(SocialSecurityCardData.sample());
        ApduChannel virtual = applet::process;
        virtual.exchange(HEX.parseHex("00A404000F7378312E73682EC9E7BBE1B1A3D5CF"), "SELECT");
        virtual.exchange(HEX.parseHex("00A4020002EF05"), "SELECT FILE");
        // Le 00 is wrong for the 9-byte card number record: the card answers 6C0B and the exchange asks again.
        byte[] data = virtual.exchange(HEX.parseHex("00B2070000"), "READ RECORD 07");
        assertEquals("0709" + HEX.formatHex("A10023456".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), HEX.formatHex(data));
    }

    @Test
    void everyOtherStatusIsANamedError() {
        SocialSecurityCardApplet applet = new SocialSecurityCardApplet(SocialSecurityCardData.sample());
        ApduChannel virtual = applet::process;
        CardStatusException e = assertThrows(CardStatusException.class,
                () -> virtual.exchange(HEX.parseHex("00B2070000"), "READ RECORD 07"));
        assertEquals("CARD_COMMAND_NOT_ALLOWED_NO_CURRENT_EF", e.code());
        e = assertThrows(CardStatusException.class, () -> virtual.exchange(HEX.parseHex("80CA000000"), "GET DATA"));
        assertEquals("GET DATA: card answered 6E00 (class not supported)", e.getMessage());
        assertEquals("verification failed, 2 tries left", StatusWords.describe(0x63C2));
        assertEquals("UNKNOWN_STATUS", StatusWords.name(0x9999));
    }
}
