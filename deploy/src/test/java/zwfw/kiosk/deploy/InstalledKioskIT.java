package zwfw.kiosk.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/**
 * The done-when of issue 13: deploy/build-deb's .deb installs with apt into a fresh Debian 12 root
 * (debootstrap --variant=minbase) and the installed kiosk, provisioned with kioskctl against the
 * platform simulator on 127.0.0.1, starts under Xvfb to the attract screen: Depends is complete.
 * Then an update waits for the idle kiosk to restart and keeps the queued cases, and a broken
 * update rolls back to the version before. Needs root, debootstrap and Debian's mirror; skipped
 * with the reason otherwise. Each step prints its time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstalledKioskIT {
    static final String KIOSK = "KSK-330304-0777";
    static final String SECRET = "install-test-secret-0123456789";
    static final String V1 = "1.0.0~it1";
    static final String V2 = "1.0.0~it2";
    static final String V3 = "1.0.0~it3";
    static final Duration READY_BOUND = Duration.ofSeconds(120);

    static Path deployDir;
    static Path work;
    static Path root;
    static PlatformSimulator sim;
    static Process kiosk;
    static final List<String> timings = new ArrayList<>();
    static int display;
    static NotifyListener systemd;

    @BeforeAll
    static void buildPackagesAndRoot() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux only");
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root (debootstrap, chroot, mounts)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/debootstrap")), "debootstrap not installed (Debian package debootstrap)");
        assumeTrue(!Boolean.getBoolean("deploy.skipInstallTest"), "-Ddeploy.skipInstallTest");
        deployDir = Path.of(System.getProperty("deploy.dir", ".")).toAbsolutePath();
        work = Path.of(System.getProperty("work.dir", "target/install-test")).toAbsolutePath();
        Files.createDirectories(work);
        assumeTrue(sh(10, "ldconfig", "-p").contains("libgtk-3.so.0"),
                "build-deb derives Depends from the libraries installed here: apt-get install libgtk-3-0 libgl1");
        root = work.resolve("root");
        String jars = System.getProperty("app.jars", deployDir.resolve("target/app-jars").toString());

        step("build image and .deb " + V1, () -> sh(600, deployDir.resolve("build-deb").toString(), "--version", V1, "--jars", jars, "--out", work.toString()));
        step("build .deb " + V2, () -> sh(300, deployDir.resolve("build-deb").toString(), "--version", V2, "--jars", jars, "--out", work.toString()));
        step("build broken .deb " + V3, () -> sh(120, deployDir.resolve("test/break-deb").toString(), deb(V2).toString(), V3, deb(V3).toString()));
        String modules = Files.readString(deployDir.resolve("target/image/runtime/release"));
        // jdeps' list plus the service-loaded modules; the embedded simulator needs jdk.httpserver.
        for (String m : List.of("jdk.httpserver", "java.desktop", "java.sql", "jdk.crypto.ec", "jdk.charsets", "jdk.localedata")) {
            assertTrue(modules.contains(m), "the runtime lacks " + m + ": " + modules);
        }
        assertTrue(!modules.contains("javafx"), "JavaFX stays on the class path, not in the runtime: " + modules);
        long image = sizeKb(deployDir.resolve("target/image/app-image"));
        timings.add(String.format("image %d MB, .deb %d MB", image / 1024, Files.size(deb(V1)) / (1024 * 1024)));

        step("fresh Debian root", () -> sh(600, deployDir.resolve("test/debian-root").toString(), "create", root.toString()));
        sh(60, deployDir.resolve("test/debian-root").toString(), "mount", root.toString());
        sim = PlatformSimulator.start(SimOptions.of(0, work.resolve("platform"), KIOSK, SECRET));
        display = freeDisplay();
        systemd = new NotifyListener();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        stopKiosk();
        if (systemd != null) {
            systemd.close();
        }
        if (sim != null) {
            sim.close();
        }
        if (root != null && Files.isDirectory(root)) {
            killProcessesIn(root);
            // 1 GB of root: deleted (only once nothing is mounted below it) unless kept to look at.
            sh(300, deployDir.resolve("test/debian-root").toString(), Boolean.getBoolean("deploy.keepRoot") ? "umount" : "remove",
                    root.toString());
        }
        timings.forEach(t -> System.out.println("install test: " + t));
        if (work != null) {
            Files.write(work.resolve("timings.txt"), timings);
        }
    }

    @Test
    @Order(1)
    void theDebInstallsIntoAFreshDebianAndTheProvisionedKioskStartsToTheAttractScreen() throws Exception {
        Files.copy(deb(V1), root.resolve("tmp/v1.deb"));
        step("apt-get install .deb and xvfb", () -> chroot(600, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y",
                "-q", "--no-install-recommends", "/tmp/v1.deb", "xvfb", "xauth"));
        assertEquals(V1, Files.readSymbolicLink(root.resolve("opt/zwfw-kiosk/current")).toString());
        assertTrue(Files.readString(root.resolve("etc/passwd")).contains("kiosk:"), "the kiosk user exists");

        Files.writeString(root.resolve("tmp/issued-secret"), SECRET + "\n");
        String provisioned = chroot(120, "kioskctl", "provision", "--kiosk-id", KIOSK, "--platform-url", sim.url(),
                "--secret-file", "/tmp/issued-secret", "--json");
        assertTrue(provisioned.contains("answered"), provisioned);
        assertEquals("kiosk", chroot(10, "stat", "-c", "%U %a", "/etc/zwfw-kiosk/secrets.yaml").split(" ")[0]);
        assertEquals("600", chroot(10, "stat", "-c", "%a", "/etc/zwfw-kiosk/secrets.yaml").trim());
        assertEquals("kiosk 600", chroot(10, "stat", "-c", "%U %a", "/etc/zwfw-kiosk/kiosk.env").trim(), "it may hold secrets too");
        // A kiosk on a real platform refuses to start with the demo PINs (issue 14): the installer sets its own.
        Files.writeString(root.resolve("etc/zwfw-kiosk/kiosk.env"), "KIOSK_SECURITY_MAINTENANCEPINHASH='"
                + zwfw.kiosk.core.access.PinHash.hash("80246".toCharArray()) + "'\nKIOSK_SECURITY_ADMINPINHASH='"
                + zwfw.kiosk.core.access.PinHash.hash("97531".toCharArray()) + "'\n", java.nio.file.StandardOpenOption.APPEND);

        long ms = startKiosk();
        timings.add("installed kiosk to READY: " + ms + " ms (start script to ready file), " + attractLine());
        // As under the unit: READY=1 on the attract screen, then WATCHDOG=1 again and again (WATCHDOG_USEC 3 s: every second).
        await().atMost(Duration.ofSeconds(10)).until(() -> systemd.count("READY=1") >= 1);
        assertEquals(List.of("READY=1\nSTATUS=attract screen showing"),
                systemd.messages().stream().filter(m -> m.startsWith("READY=1")).toList(), "only the kiosk says READY");
        await().atMost(Duration.ofSeconds(10)).until(() -> systemd.count("WATCHDOG=1") >= 3);
        assertEquals("", chroot(30, "find", "/var/lib/zwfw-kiosk", "-user", "root").trim(), "no root-owned files in the data directory");
        assertEquals("", sqliteCopiesInTmp(), "the running kiosk loads sqlite-jdbc's library from its image, not a copy in /tmp");
    }

    @Test
    @Order(2)
    void anUpdateRestartsTheIdleKioskAndKeepsTheQueuedCases() throws Exception {
        sim.close(); // the platform goes away: the case below stays queued
        String submitted = chroot(120, "kioskctl", "case", "submit", "--service", "RS-0001", "--name", "张三",
                "--id-number", "11010519491231002X", "--phone", "13800138000", "--form", "purpose=个人证明", "--form", "phone=13800138000",
                "--wait", "1", "--json");
        assertTrue(submitted.contains("QUEUED"), submitted);
        String before = queuedCases();
        assertTrue(before.contains("\"CASE\""), before);
        assertEquals("", chroot(30, "find", "/var/lib/zwfw-kiosk", "-user", "root").trim(), "kioskctl as root left root-owned files");

        chroot(10, "chmod", "644", "/etc/zwfw-kiosk/kiosk.env"); // as an older kioskctl provision left it
        Files.copy(deb(V2), root.resolve("tmp/v2.deb"));
        step("dpkg -i " + V2 + " over the running kiosk", () -> chroot(300, "dpkg", "-i", "/tmp/v2.deb"));
        assertEquals("kiosk 600", chroot(10, "stat", "-c", "%U %a", "/etc/zwfw-kiosk/kiosk.env").trim(), "the update closes it");
        // The running kiosk is idle on the attract screen: it takes the restart request and exits.
        await().atMost(Duration.ofSeconds(60)).until(() -> !kiosk.isAlive());
        assertEquals(V2, Files.readSymbolicLink(root.resolve("opt/zwfw-kiosk/current")).toString());
        assertTrue(Files.isDirectory(root.resolve("opt/zwfw-kiosk/rollback/" + V1)), "the previous version is kept");

        long ms = startKiosk(); // as systemd's Restart=always would
        timings.add("updated kiosk to READY: " + ms + " ms");
        assertTrue(kioskLog().contains("starting version " + V2), kioskLog());
        assertEquals(clientRefs(before), clientRefs(queuedCases()), "the queued cases survive the update");
    }

    @Test
    @Order(3)
    void aBrokenUpdateRollsBackToTheVersionBefore() throws Exception {
        stopKiosk();
        Files.copy(deb(V3), root.resolve("tmp/v3.deb"));
        step("dpkg -i broken " + V3, () -> chroot(300, "dpkg", "-i", "/tmp/v3.deb"));
        assertEquals(V3, Files.readSymbolicLink(root.resolve("opt/zwfw-kiosk/current")).toString());

        long ms = startKiosk();
        timings.add("broken update rolled back to READY: " + ms + " ms");
        String log = kioskLog();
        assertTrue(log.contains("version " + V3 + " did not reach READY") && log.contains("going back to " + V2), log);
        assertEquals(V3, Files.readString(root.resolve("var/lib/zwfw-kiosk/run/failed-version")).trim());
        // kiosk-start killed V3 (SIGKILL), as a watchdog or a power cut would: a killed JVM leaves nothing in /tmp.
        assertEquals("", sqliteCopiesInTmp(), "sqlite-jdbc library copies left in /tmp by killed or stopped kiosks");
    }

    /** sqlite-jdbc's per-start copies of its native library (and their .lck files) in the root's temporary directories. */
    static String sqliteCopiesInTmp() throws Exception {
        return chroot(30, "find", "/tmp", "/var/tmp", "-name", "sqlite-*libsqlitejdbc*").trim();
    }

    @Test
    @Order(4)
    void theInstalledUnitVerifiesClean() throws Exception {
        String out = chroot(60, "sh", "-c", "systemd-analyze verify /lib/systemd/system/zwfw-kiosk.service 2>&1; true");
        assertEquals("", out.trim(), "systemd-analyze verify in the installed system");
    }

    @Test
    @Order(5)
    void purgeLeavesNothingBehind() throws Exception {
        stopKiosk();
        chroot(120, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "purge", "-y", "-q", "zwfw-kiosk");
        for (String gone : List.of("opt/zwfw-kiosk", "etc/zwfw-kiosk", "var/lib/zwfw-kiosk", "lib/systemd/system/zwfw-kiosk.service")) {
            assertTrue(!Files.exists(root.resolve(gone)), gone + " is still there");
        }
        assertTrue(!Files.readString(root.resolve("etc/passwd")).contains("\nkiosk:"), "the kiosk user is gone");
    }

    // --- the kiosk in the root ---

    /** Starts kiosk-start as the kiosk user under Xvfb, as the unit's session would; returns ms until the ready file. */
    static long startKiosk() throws Exception {
        Files.deleteIfExists(root.resolve("var/lib/zwfw-kiosk/run/ready"));
        Files.deleteIfExists(work.resolve("kiosk.log"));
        String script = "set -a; . /etc/zwfw-kiosk/kiosk.env; set +a; export KIOSK_CONFIG=/etc/zwfw-kiosk KIOSK_READY_TIMEOUT=60;"
                + " exec xvfb-run -n " + display + " -s '-screen 0 1280x800x24 -nolisten tcp' /usr/lib/zwfw-kiosk/kiosk-start";
        long t0 = System.nanoTime();
        kiosk = new ProcessBuilder("chroot", "--userspec=kiosk:kiosk", root.toString(),
                "/usr/bin/env", "-i", "HOME=/var/lib/zwfw-kiosk", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                // As kiosk-xinit leaves it: the socket under KIOSK_NOTIFY_SOCKET, so Xvfb does not send its own READY=1.
                "KIOSK_NOTIFY_SOCKET=" + systemd.name, "WATCHDOG_USEC=3000000", "/bin/sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(work.resolve("kiosk.log").toFile()).start();
        Path ready = root.resolve("var/lib/zwfw-kiosk/run/ready");
        await().atMost(READY_BOUND).pollInterval(Duration.ofMillis(200)).until(() -> Files.exists(ready) || !kiosk.isAlive());
        assertTrue(Files.exists(ready), "the kiosk never became ready:\n" + kioskLog());
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void stopKiosk() throws Exception {
        if (kiosk != null && kiosk.isAlive()) {
            kiosk.descendants().forEach(ProcessHandle::destroy);
            kiosk.destroy();
            if (!kiosk.waitFor(20, TimeUnit.SECONDS)) {
                kiosk.descendants().forEach(ProcessHandle::destroyForcibly);
                kiosk.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static String kioskLog() throws IOException {
        Path log = work.resolve("kiosk.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    static String attractLine() throws IOException {
        Path log = root.resolve("var/lib/zwfw-kiosk/logs/kiosk.log");
        Matcher m = Pattern.compile("attract screen (\\d+) ms after JVM start").matcher(Files.readString(log, StandardCharsets.UTF_8));
        String last = "no attract line";
        while (m.find()) {
            last = "attract screen " + m.group(1) + " ms after JVM start";
        }
        return last;
    }

    static String queuedCases() throws Exception {
        return chroot(120, "kioskctl", "outbox", "status", "--json");
    }

    static List<String> clientRefs(String outboxJson) {
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("\"clientRef\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"kind\"\\s*:\\s*\"CASE\"").matcher(outboxJson);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    // --- plumbing ---

    static Path deb(String version) {
        return work.resolve("zwfw-kiosk_" + version + "_amd64.deb");
    }

    interface Step {
        void run() throws Exception;
    }

    static void step(String name, Step s) throws Exception {
        long t0 = System.nanoTime();
        s.run();
        timings.add(name + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    static String chroot(int timeoutSeconds, String... command) throws Exception {
        List<String> all = new ArrayList<>(List.of("chroot", root.toString(), "/usr/bin/env", "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
                "LANG=C.UTF-8", "HOME=/root"));
        all.addAll(List.of(command));
        return sh(timeoutSeconds, all.toArray(String[]::new));
    }

    /** Runs a command; its standard output, or an assertion error with everything it printed. */
    static String sh(int timeoutSeconds, String... command) throws Exception {
        Path out = Files.createTempFile(work, "cmd", ".out");
        Path err = Files.createTempFile(work, "cmd", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + ": no result within " + timeoutSeconds + " s");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + ": exit " + p.exitValue() + "\n" + stdout
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return stdout;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static long sizeKb(Path dir) throws Exception {
        return Long.parseLong(sh(60, "du", "-sk", dir.toString()).split("\\s")[0]);
    }

    /** An X display number nobody on this machine uses (the root's /tmp hides the host's lock files from xvfb-run -a). */
    static int freeDisplay() {
        for (int n = 200 + (int) (ProcessHandle.current().pid() % 500); ; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
    }

    /** Only what this test started runs in its root: anything still there when it ends is stopped. */
    static void killProcessesIn(Path dir) {
        ProcessHandle.allProcesses().forEach(p -> {
            try {
                Path r = Path.of("/proc/" + p.pid() + "/root");
                if (Files.isSymbolicLink(r) && Files.readSymbolicLink(r).equals(dir)) {
                    p.destroyForcibly();
                }
            } catch (IOException | SecurityException e) {
                // gone already, or not ours to look at
            }
        });
    }
}
