package zwfw.kiosk.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceFactory;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;

/** The configuration goes into the bundle without anything secret: by key name, by the driver's declaration, from the environment. */
class ConfigSectionTest {
    @TempDir
    Path dir;

    /** A printer driver whose {@code apiCredential}-free setting {@code accessCode} is declared secret. */
    private static DeviceRegistry drivers() {
        return new DeviceRegistry().register(new DeviceFactory() {
            @Override
            public DeviceKind kind() {
                return DeviceKind.RECEIPT_PRINTER;
            }

            @Override
            public String driver() {
                return "cloudprint";
            }

            @Override
            public DriverSettings settings() {
                return DriverSettings.of(DriverSetting.text("accessCode", 64, null, "the printer's access code").asSecret(),
                        DriverSetting.text("profile", 16, "80mm", "paper"));
            }

            @Override
            public Device create(DeviceConfig config) {
                throw new UnsupportedOperationException();
            }
        });
    }

    @Test
    void secretsPinHashesAndDeclaredSecretSettingsAreReplacedAndTheRestKept() throws Exception {
        Path yaml = dir.resolve("kiosk.yaml");
        Files.writeString(yaml, """
                kiosk:
                  id: KSK-1
                  centre: 瓯海区政务服务中心   # a comment that is not carried over: 2468
                security:
                  maintenancePinHash: "pbkdf2-sha256$120000$c2FsdA==$aGFzaA=="
                devices:
                  - id: printer
                    kind: RECEIPT_PRINTER
                    driver: cloudprint
                    settings:
                      accessCode: AC-774411
                      profile: 58mm
                      mystery: value-nobody-declared
                """);
        Map<String, String> entries = new LinkedHashMap<>();
        new ConfigSection(Map.of("config/kiosk.yaml", yaml),
                Map.of("KIOSK_PLATFORM_SECRET", "env-secret-0123456789", "KIOSK_DATA_DIR", "/var/lib/x", "PATH", "/bin"), drivers())
                .write(new BundleEntries() {
                    @Override
                    public void put(String name, byte[] content) {
                        entries.put(name, new String(content, StandardCharsets.UTF_8));
                    }

                    @Override
                    public void put(String name, Content content) throws java.io.IOException {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        content.writeTo(out);
                        put(name, out.toByteArray());
                    }
                });
        String config = entries.get("config/kiosk.yaml");
        assertTrue(config.contains("瓯海区政务服务中心") && config.contains("profile: 58mm"), config);
        for (String secret : new String[] {"pbkdf2", "AC-774411", "value-nobody-declared", "2468"}) {
            assertFalse(config.contains(secret), secret + " in\n" + config);
        }
        String env = entries.get("config/environment.json");
        assertTrue(env.contains("/var/lib/x") && !env.contains("env-secret") && !env.contains("PATH"), env);
    }
}
