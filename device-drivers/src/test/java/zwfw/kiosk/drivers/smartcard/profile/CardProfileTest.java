package zwfw.kiosk.drivers.smartcard.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardApplet;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardData;

class CardProfileTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void theShippedSocialSecurityProfileSelectsTheApplicationFromTheReference() {
        CardProfile p = CardProfiles.shipped(CardProfiles.SOCIAL_SECURITY);
        assertEquals("00A404000F7378312E73682EC9E7BBE1B1A3D5CF", HEX.formatHex(p.selectApplicationCommand()));
        assertEquals("社会保障", new String(java.util.Arrays.copyOfRange(p.applicationId(), 7, 15), Charset.forName("GBK")));
        assertEquals("00A4020002EF05", HEX.formatHex(CardProfile.selectFileCommand(0xEF05)));
        assertEquals(List.of(0xEF05, 0xEF06), p.files().stream().map(CardFile::fileId).toList());
        CardRecord name = p.files().get(1).records().get(1);
        assertEquals("name", name.field());
        assertEquals("00B2090020", HEX.formatHex(CardProfile.readRecordCommand(name)));
    }

    @Test
    void encodingsDecodeKnownBytes() {
        assertEquals("2019-03-15", FieldEncoding.BCD_DATE.decode(HEX.parseHex("20190315")));
        assertEquals("330304", FieldEncoding.BCD.decode(HEX.parseHex("330304")));
        assertEquals("12345", FieldEncoding.BCD.decode(HEX.parseHex("12345F")));
        assertEquals("张三", FieldEncoding.GBK.decode(HEX.parseHex("D5C5C8FD20202020")));
        assertEquals("A10023456", FieldEncoding.ASCII.decode("A10023456".getBytes()));
        assertEquals("00FF", FieldEncoding.HEX.decode(new byte[] {0, (byte) 0xFF}));
    }

    @Test
    void badBytesAreNamedWithoutShowingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldEncoding.BCD_DATE.decode(HEX.parseHex("20191345")));
        assertEquals("BCD date is not a calendar date", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FieldEncoding.BCD.decode(HEX.parseHex("1A")));
        assertThrows(IllegalArgumentException.class, () -> FieldEncoding.BCD.decode(HEX.parseHex("F1")));
        assertThrows(IllegalArgumentException.class, () -> FieldEncoding.ASCII.decode(new byte[] {0x41, (byte) 0xC8}));
        assertThrows(IllegalArgumentException.class, () -> FieldEncoding.GBK.decode(new byte[] {0x41, 0x07, 0x42}));
    }

    @net.jqwik.api.Property(tries = 500)
    void anyBytesEitherDecodeOrFailWithANamedReason(@net.jqwik.api.ForAll byte[] value) {
        for (FieldEncoding e : FieldEncoding.values()) {
            try {
                String s = e.decode(value);
                assertTrue(s.chars().noneMatch(Character::isISOControl) || e == FieldEncoding.HEX);
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().isBlank());
            }
        }
    }

    @Test
    void aProfileFromConfigurationReadsTheVirtualCard() throws DeviceException {
        Map<String, Object> config = Map.of("name", "holder-only", "application", "7378312E73682EC9E7BBE1B1A3D5CF",
                "files", List.of(Map.of("id", "EF06", "records", List.of(
                        Map.of("tag", 9, "field", "name", "length", 30, "encoding", "gbk"),
                        Map.of("tag", "0x0D", "field", "birthDate", "length", 4, "encoding", "bcd-date")))));
        CardProfile p = CardProfiles.fromMap(config);
        SocialSecurityCardApplet card = new SocialSecurityCardApplet(SocialSecurityCardData.sample());
        CardIdentity id = p.readFrom(card::process);
        assertEquals("张三丰", id.name());
        assertEquals("1949-12-31", id.birthDate());
        assertEquals(List.of("name", "birthDate"), List.copyOf(id.fields().keySet()));
        assertFalse(id.toString().contains("张"), "toString must not show personal data");
    }

    @Test
    void aBrokenProfileNamesTheBadKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CardProfiles.fromMap(Map.of(
                "name", "x", "application", "A0000001",
                "files", List.of(Map.of("id", "EF06", "records", List.of(
                        Map.of("tag", 9, "field", "name", "length", 30, "encoding", "utf-16")))))));
        assertTrue(e.getMessage().startsWith("profile x file EF06 record name: unknown encoding 'UTF_16'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CardProfiles.fromMap(Map.of("name", "y", "application", "zz", "files", List.of())));
        assertEquals("profile y: application must be hex bytes, not 'zz'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CardProfiles.shipped("bank"));
        assertEquals("no card profile 'bank' (known: social-security)", e.getMessage());
    }

    @Test
    void aRecordWithTheWrongTagIsABadRecord() {
        CardProfile p = CardProfiles.shipped(CardProfiles.SOCIAL_SECURITY);
        DeviceException e = assertThrows(DeviceException.class, () -> p.readFrom(command -> {
            if ((command[1] & 0xFF) == 0xB2) {
                return HEX.parseHex("FF0241429000");
            }
            return HEX.parseHex("9000");
        }));
        assertEquals("BAD_RECORD", e.code());
    }
}
