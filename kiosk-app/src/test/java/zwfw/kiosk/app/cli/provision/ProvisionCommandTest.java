package zwfw.kiosk.app.cli.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.FileOwnership;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/** kioskctl provision on the configuration the .deb installs, against a simulator on 127.0.0.1. */
class ProvisionCommandTest {
    static final String KIOSK = "KSK-330304-0042";
    static final String SECRET = "issued-secret-0123456789abcdef";
    static final int KIOSK_UID = 4242;

    @TempDir
    Path temp;
    Path config;
    Path data;
    Path secretFile;
    PlatformSimulator sim;

    @BeforeEach
    void installedConfiguration() throws Exception {
        sim = PlatformSimulator.start(SimOptions.of(0, temp.resolve("platform"), KIOSK, SECRET));
        config = Files.createDirectories(temp.resolve("etc"));
        data = Files.createDirectories(temp.resolve("var-lib"));
        String yaml = Files.readString(Path.of("../deploy/etc/kiosk.yaml"))
                .replace("dir: /var/lib/zwfw-kiosk", "dir: " + data);
        Files.writeString(config.resolve("kiosk.yaml"), yaml);
        Files.copy(Path.of("../config/catalog.json"), config.resolve("catalog.json"));
        secretFile = temp.resolve("issued.txt");
        Files.writeString(secretFile, SECRET + "\n");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CapturedKioskCtl provision(String secretFileArg, String... extra) {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        List<String> args = new java.util.ArrayList<>(List.of("provision", "--config", config.toString(), "--kiosk-id", KIOSK,
                "--platform-url", sim.url(), "--secret-file", secretFileArg, "--json"));
        args.addAll(List.of(extra));
        ctl.run(args.toArray(String[]::new));
        return ctl;
    }

    private int exit(String... args) {
        return new CapturedKioskCtl().run(args);
    }

    @Test
    void writesTheIdentityAndAMode600SecretsFileAndTheSignedCatalogCallSucceeds() throws Exception {
        CapturedKioskCtl ctl = provision(secretFile.toString());
        assertEquals("", ctl.err());
        JsonNode out = new ObjectMapper().readTree(ctl.out());
        assertTrue(out.get("platform").asText().startsWith("answered"), ctl.out());

        String env = Files.readString(config.resolve("kiosk.env"));
        assertTrue(env.contains("KIOSK_KIOSK_ID=" + KIOSK + "\n"), env);
        assertTrue(env.contains("KIOSK_PLATFORM_URL=" + sim.url() + "\n"), env);
        assertTrue(env.contains("KIOSK_SECRETS_FILE=" + config.resolve("secrets.yaml") + "\n"), env);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config.resolve("kiosk.env"))),
                "kiosk.env may hold secrets too (the installer adds the PIN hashes there)");
        Path secrets = config.resolve("secrets.yaml");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
        assertTrue(Files.readString(secrets).contains("secret: \"" + SECRET + "\""));
        assertFalse(ctl.out().contains(SECRET), "the secret is never printed");
    }

    @Test
    void aSecretThePlatformRejectsFailsWithOneLine() throws Exception {
        Files.writeString(secretFile, "not-the-issued-secret");
        CapturedKioskCtl ctl = provision(secretFile.toString());
        assertTrue(ctl.err().contains("written, but the platform did not accept this kiosk"), ctl.err());
        assertEquals(1, ctl.err().strip().lines().count(), ctl.err());
    }

    @Test
    void provisioningAgainKeepsTheStorageKeySoQueuedCasesStayReadable() throws Exception {
        provision(secretFile.toString());
        String key = storageKey();
        provision(secretFile.toString());
        assertEquals(key, storageKey());
    }

    @Test
    void badInputGetsOneLineAndWritesNothing() throws Exception {
        assertEquals(2, exit("provision", "--config", config.toString(), "--kiosk-id", "KSK 1; rm", "--platform-url", sim.url(),
                "--secret-file", secretFile.toString()));
        assertEquals(2, exit("provision", "--config", config.toString(), "--kiosk-id", KIOSK, "--platform-url", "ftp://x",
                "--secret-file", secretFile.toString()));
        assertEquals(2, exit("provision", "--config", config.toString(), "--kiosk-id", KIOSK, "--platform-url", sim.url(),
                "--secret-file", temp.resolve("missing").toString()));
        assertFalse(Files.exists(config.resolve("kiosk.env")));
        assertFalse(Files.exists(config.resolve("secrets.yaml")));
    }

    @Test
    void runAsRootItLeavesNoRootOwnedFilesForTheKioskUser() throws Exception {
        assumeTrue(FileOwnership.runningAsRoot(), "needs root to give files to another user");
        Files.setAttribute(data, "unix:uid", KIOSK_UID);
        Files.setAttribute(data, "unix:gid", KIOSK_UID);
        CapturedKioskCtl ctl = provision(secretFile.toString());
        assertEquals("", ctl.err());
        assertEquals(KIOSK_UID, Files.getAttribute(config.resolve("secrets.yaml"), "unix:uid"), "the kiosk reads its secrets");
        assertEquals(KIOSK_UID, Files.getAttribute(config.resolve("kiosk.env"), "unix:uid"), "and its identity, mode 600");

        // Any command that writes into the data directory, e.g. a staff lock (on the provisioned values, as /usr/bin/kioskctl runs it).
        Files.writeString(config.resolve("kiosk.yaml"), Files.readString(config.resolve("kiosk.yaml"))
                .replace("file: /etc/zwfw-kiosk/secrets.yaml", "file: " + config.resolve("secrets.yaml"))
                .replace("url: https://platform.invalid", "url: " + sim.url()));
        CapturedKioskCtl lock = new CapturedKioskCtl();
        assertEquals(0, lock.run("kiosk", "lock", "--reason", "更换打印纸", "--config", config.toString()), lock.err());
        assertTrue(Files.list(data).findAny().isPresent(), "the lock wrote into the data directory");
        try (Stream<Path> all = Files.walk(data)) {
            List<Path> rootOwned = all.filter(p -> {
                try {
                    return (Integer) Files.getAttribute(p, "unix:uid") == 0;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), rootOwned);
        }
    }

    private String storageKey() throws Exception {
        return Files.readAllLines(config.resolve("secrets.yaml")).stream().filter(l -> l.contains("key:")).findFirst().orElseThrow();
    }
}
