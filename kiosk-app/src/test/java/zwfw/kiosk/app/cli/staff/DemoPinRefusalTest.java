package zwfw.kiosk.app.cli.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskLauncher;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.app.wiring.KioskDrivers;
import zwfw.kiosk.app.wiring.StaffStartup;
import zwfw.kiosk.core.access.PinHash;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.core.config.KioskConfig;

/** No demo PIN opens a kiosk on a real platform: start and validate refuse, other kioskctl commands run. */
class DemoPinRefusalTest {
    @TempDir
    Path dir;

    private static KioskConfig load(Path config) throws Exception {
        ConfigLoader loader = KioskDrivers.configLoader();
        return loader.load(config);
    }

    private static void replaceHashes(Path config, String maintenance, String admin) throws Exception {
        Path yaml = config.resolve("kiosk.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8)
                .replaceAll("maintenancePinHash: \"[^\"]*\"", "maintenancePinHash: \"" + maintenance.replace("$", "\\$") + "\"")
                .replaceAll("adminPinHash: \"[^\"]*\"", "adminPinHash: \"" + admin.replace("$", "\\$") + "\"");
        Files.writeString(yaml, text, StandardCharsets.UTF_8);
    }

    @Test
    void aRealPlatformWithTheShippedDemoHashesDoesNotStartAndValidateSaysWhy() throws Exception {
        Path config = StaffConfigs.shipped(dir, false);
        CapturedKioskCtl validate = new CapturedKioskCtl();
        assertEquals(2, validate.run("config", "validate", "--config", config.toString()));
        assertTrue(validate.err().contains("security.maintenancePinHash verifies the demo PIN 2468"), validate.err());
        assertTrue(!Files.exists(dir.resolve("data").resolve("kiosk.db")), "validating creates no database");

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertNull(KioskLauncher.loadConfig(new String[] {"--config", config.toString()}, new java.io.PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("the kiosk does not start: security.maintenancePinHash verifies the demo PIN 2468"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(!Files.exists(dir.resolve("data").resolve("kiosk.db")), "refused before anything is written");

        CapturedKioskCtl list = new CapturedKioskCtl();
        assertEquals(0, list.run("staff", "list", "--config", config.toString()), list.err() + " (commands that do not start the kiosk run)");
    }

    @Test
    void aStaffAccountWithADemoPinIsRefusedTooAndTheEmbeddedDemoStillStarts() throws Exception {
        Path config = StaffConfigs.shipped(dir, false);
        replaceHashes(config, PinHash.hash("80246".toCharArray()), PinHash.hash("97531".toCharArray()));
        CapturedKioskCtl ok = new CapturedKioskCtl();
        assertEquals(0, ok.run("config", "validate", "--config", config.toString()), ok.err());

        CapturedKioskCtl refused = new CapturedKioskCtl();
        assertEquals(2, StaffConfigs.runWithInput(refused, "1357\n", "staff", "add", "Li", "--role", "admin", "--stdin",
                "--config", config.toString()));
        assertTrue(refused.err().contains("that is a demo PIN"), refused.err());
        // One that got in anyway (e.g. added while the platform was still embedded):
        try (zwfw.kiosk.core.storage.KioskDatabase db = zwfw.kiosk.core.storage.KioskDatabase.open(dir.resolve("data"), KioskAssembly.migrations())) {
            new zwfw.kiosk.core.access.StaffAccounts(db, java.time.Clock.systemUTC()).add("Li", zwfw.kiosk.core.access.StaffRole.ADMIN,
                    PinHash.hash("1357".toCharArray()));
        }
        CapturedKioskCtl validate = new CapturedKioskCtl();
        assertEquals(2, validate.run("config", "validate", "--config", config.toString()));
        assertTrue(validate.err().contains("an admin staff account verifies the demo PIN 1357"), validate.err());
        assertTrue(StaffStartup.demoPinRefusal(load(config)).isPresent());
        long size = Files.size(dir.resolve("data").resolve("kiosk.db"));
        assertEquals(2, new CapturedKioskCtl().run("config", "validate", "--config", config.toString()));
        assertEquals(size, Files.size(dir.resolve("data").resolve("kiosk.db")), "validate reads the accounts read-only");
        assertTrue(!validate.err().contains("Li"), "the reason names no one: it reaches the general log");

        Path demo = StaffConfigs.shipped(dir.resolve("demo"), true);
        assertTrue(StaffStartup.demoPinRefusal(load(demo)).isEmpty(), "the demo configuration keeps its demo PINs");
    }
}
