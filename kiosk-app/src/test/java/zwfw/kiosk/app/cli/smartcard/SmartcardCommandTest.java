package zwfw.kiosk.app.cli.smartcard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.smartcard.virtualcard.PcscDaemon;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardApplet;
import zwfw.kiosk.drivers.smartcard.virtualcard.SocialSecurityCardData;
import zwfw.kiosk.drivers.smartcard.virtualcard.VpcdVirtualCard;

/** {@code kioskctl smartcard list|read} through pcscd and the vpcd reader with the Java virtual card. */
class SmartcardCommandTest {
    private static final String READER = "Virtual PCD 00 00";
    private final VpcdVirtualCard card = new VpcdVirtualCard(new SocialSecurityCardApplet(SocialSecurityCardData.sample()));

    @BeforeAll
    static void pcscd() throws Exception {
        Assumptions.assumeTrue(PcscDaemon.binary().isPresent(), "pcscd is not installed (Debian packages pcscd and vsmartcard-vpcd)");
        PcscDaemon.ensureRunning();
    }

    @AfterAll
    static void stopPcscd() {
        PcscDaemon.stopIfOurs();
    }

    @AfterEach
    void removeCard() {
        card.close();
        PcscDaemon.awaitNoCardIn(READER, Duration.ofSeconds(10));
    }

    @Test
    void listShowsTheVirtualReadersAndTheCardsAtr() throws Exception {
        card.insert();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            CapturedKioskCtl c = new CapturedKioskCtl();
            return c.run("smartcard", "list") == 0 && c.out().contains(READER + "\tcard present");
        });
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("smartcard", "list", "--json"));
        JsonNode first = JsonOutput.mapper().readTree(ctl.out().lines().filter(l -> l.contains(READER)).findFirst().orElseThrow());
        assertTrue(first.get("cardPresent").asBoolean());
        assertEquals("3B8680015353434152447F", first.get("atr").asText());
        assertTrue(ctl.out().contains("Virtual PCD 00 01"), ctl.out());
    }

    @Test
    void readWaitsForACardAndPrintsItMasked() throws Exception {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                ctl.run("smartcard", "read", "--reader", READER, "--timeout", "15", "--json"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ctl.err().contains("waiting"));
        card.insert();
        assertEquals(0, exit.get(), ctl.err());
        JsonNode o = JsonOutput.mapper().readTree(ctl.out().strip());
        assertEquals(READER, o.get("reader").asText());
        assertEquals("social-security", o.get("profile").asText());
        JsonNode f = o.get("fields");
        assertEquals("张**", f.get("name").asText());
        assertEquals("110105********002X", f.get("idNumber").asText());
        assertEquals("A******56", f.get("cardNumber").asText());
        assertEquals("1949-**-**", f.get("birthDate").asText());
        assertEquals("2029-03-15", f.get("expiryDate").asText());
        assertFalse(ctl.out().contains("张三丰") || ctl.out().contains("11010519491231002X"), ctl.out());
    }

    @Test
    void unmaskedShowsTheFieldsInFull() {
        card.insert();
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(0, ctl.run("smartcard", "read", "--timeout", "15", "--unmasked"), ctl.err());
        assertTrue(ctl.out().contains("name\t张三丰"), ctl.out());
        assertTrue(ctl.out().contains("idNumber\t11010519491231002X"), ctl.out());
    }

    @Test
    void noCardWithinTheTimeoutExitsWith2() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("smartcard", "read", "--reader", READER, "--timeout", "1"), ctl.err());
        assertTrue(ctl.err().strip().endsWith("read: no card within 1 s"), ctl.err());
    }

    @Test
    void anUnknownProfileIsNamed() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(1, ctl.run("smartcard", "read", "--profile", "bank-card"));
        assertTrue(ctl.err().contains("no card profile 'bank-card'"), ctl.err());
    }
}
