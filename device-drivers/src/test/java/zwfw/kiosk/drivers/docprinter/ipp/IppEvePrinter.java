package zwfw.kiosk.drivers.docprinter.ipp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * CUPS's IPP Everywhere printer simulator ({@code ippeveprinter}, package cups-ipp-utils) on
 * 127.0.0.1 and a free port, without DNS-SD advertising ({@code -r off}). It still insists on
 * reaching avahi over D-Bus at start, so where no avahi-daemon runs, the test starts a private
 * D-Bus and avahi (bound to lo, publishing nothing of ours) and points ippeveprinter at them. Jobs
 * "print" by running {@code /bin/true} and their files are kept ({@code -k}) in {@link #spool()},
 * so a test can see whether anything reached the printer. Media and supply levels are changed
 * through its web forms ({@code /media}, {@code /supplies}). Skips where ippeveprinter is not
 * installed; fails, naming the packages, where avahi or D-Bus is missing beside it.
 */
final class IppEvePrinter implements AutoCloseable {
    private static final Path IPPEVEPRINTER = Path.of("/usr/sbin/ippeveprinter");
    private static final Path DBUS_DAEMON = Path.of("/usr/bin/dbus-daemon");
    private static final Path AVAHI_DAEMON = Path.of("/usr/sbin/avahi-daemon");

    /** The private bus an instance of this JVM started, reused by instances started while it runs. */
    private static volatile String privateBus;

    private final Path root;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process dbus;
    private Process avahi;
    private Process printer;

    static IppEvePrinter start() throws Exception {
        return start(List.of());
    }

    /** @param attributeLines ipptool-style (with -a, include {@code document-format-supported}) {@code ATTR tag name value} lines that override the printer's attributes ({@code -a}) */
    static IppEvePrinter start(List<String> attributeLines) throws Exception {
        return start(attributeLines, null);
    }

    /**
     * A printer whose print command takes {@code pageMillis} per page and reports each page as it
     * goes: ippeveprinter reads {@code ATTR:} lines on the command's standard error into the job.
     */
    static IppEvePrinter reportingPages(int pages, int pageMillis) throws Exception {
        return start(List.of(), String.join("\n", "#!/bin/sh", "i=1",
                "while [ $i -le " + pages + " ]; do",
                "  sleep " + String.format(java.util.Locale.ROOT, "%.3f", pageMillis / 1000.0),
                "  echo \"ATTR: job-impressions-completed=$i\" >&2",
                "  i=$((i+1))",
                "done", ""));
    }

    private static IppEvePrinter start(List<String> attributeLines, String commandScript) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(IPPEVEPRINTER), "ippeveprinter is not installed (Debian package cups-ipp-utils)");
        Assumptions.assumeTrue(LocalProcesses.isRoot() || avahiRunning(),
                "ippeveprinter needs avahi: run as root (a private one is started) or start avahi-daemon");
        return new IppEvePrinter(attributeLines, commandScript);
    }

    private static boolean avahiRunning() {
        try {
            return Files.isExecutable(AVAHI_DAEMON) && new ProcessBuilder(AVAHI_DAEMON.toString(), "--check").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private IppEvePrinter(List<String> attributeLines, String commandScript) throws Exception {
        root = Files.createTempDirectory("kiosk-ippeve-");
        Files.createDirectories(spool());
        port = LocalProcesses.freePort();
        Map<String, String> env = new HashMap<>();
        try {
            if (privateBus != null) {
                env.put("DBUS_SYSTEM_BUS_ADDRESS", privateBus);
            } else if (!avahiRunning()) {
                if (!Files.isExecutable(DBUS_DAEMON) || !Files.isExecutable(AVAHI_DAEMON)) {
                    throw new IllegalStateException("ippeveprinter needs avahi on D-Bus even with -r off:"
                            + " install Debian packages avahi-daemon and dbus-daemon (only Recommends of cups-ipp-utils)");
                }
                privateBus = startPrivateAvahi();
                env.put("DBUS_SYSTEM_BUS_ADDRESS", privateBus);
            }
            Path log = root.resolve("ippeveprinter.log");
            String printCommand = "/bin/true";
            if (commandScript != null) {
                Path script = root.resolve("print-command.sh");
                Files.writeString(script, commandScript);
                Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                printCommand = script.toString();
            }
            List<String> command = new java.util.ArrayList<>(List.of(IPPEVEPRINTER.toString(), "-r", "off", "-n", "localhost",
                    "-p", Integer.toString(port), "-d", spool().toString(), "-k", "-c", printCommand));
            if (attributeLines.isEmpty()) {
                command.addAll(List.of("-f", "application/pdf", "-m", "A4 Test"));
            } else { // -a takes the place of -f and -m: the file must name the formats itself
                Path attrs = root.resolve("attributes.conf");
                Files.writeString(attrs, String.join("\n", attributeLines) + "\n");
                command.addAll(List.of("-a", attrs.toString()));
            }
            command.add("KioskEve");
            printer = LocalProcesses.start(log, command, env);
            LocalProcesses.awaitPort(port, printer, log);
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private String startPrivateAvahi() throws Exception {
        Path socket = root.resolve("bus.sock");
        Files.writeString(root.resolve("bus.conf"), """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>system</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow user="*"/><allow own="*"/><allow send_destination="*"/><allow receive_sender="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket));
        Files.writeString(root.resolve("avahi.conf"), """
                [server]
                use-ipv4=yes
                use-ipv6=no
                allow-interfaces=lo
                enable-dbus=yes
                [publish]
                publish-addresses=no
                publish-hinfo=no
                publish-workstation=no
                """);
        Path busLog = root.resolve("dbus.log");
        dbus = LocalProcesses.start(busLog, List.of(DBUS_DAEMON.toString(), "--nofork", "--nopidfile",
                "--config-file=" + root.resolve("bus.conf")), Map.of());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(socket) || !dbus.isAlive());
        String address = "unix:path=" + socket;
        Path avahiLog = root.resolve("avahi.log");
        avahi = LocalProcesses.start(avahiLog, List.of(AVAHI_DAEMON.toString(), "--no-drop-root", "--no-chroot", "--no-rlimits",
                "-f", root.resolve("avahi.conf").toString()), Map.of("DBUS_SYSTEM_BUS_ADDRESS", address));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (!avahi.isAlive()) {
                throw new IllegalStateException("avahi-daemon exited: " + Files.readString(avahiLog));
            }
            return Files.readString(avahiLog).contains("Server startup complete");
        });
        return address;
    }

    URI uri() {
        return URI.create("ipp://127.0.0.1:" + port + "/ipp/print");
    }

    /** Sets the main tray's sheets (0 = empty: {@code media-empty}; 5 = {@code media-low}) and empties the by-pass tray's reasons. */
    void setMainTraySheets(int sheets) throws Exception {
        form("/media?size1=iso_a4_210x297mm&type1=stationery&level1=" + sheets
                + "&size3=iso_a4_210x297mm&type3=stationery&level3=250");
    }

    /** Sets the toner level in percent (under 10: {@code toner-low}; 0: {@code toner-empty}). */
    void setTonerPercent(int percent) throws Exception {
        form("/supplies?supply0=25&supply1=" + percent);
    }

    private void form(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("ippeveprinter form " + pathAndQuery + ": HTTP " + r.statusCode());
        }
    }

    Path spool() {
        return root.resolve("spool");
    }

    /** PDF documents that reached the printer (kept with -k as JOBID-NAME.pdf). */
    long documentsReceived() throws IOException {
        try (Stream<Path> s = Files.list(spool())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).count();
        }
    }

    @Override
    public void close() throws IOException {
        LocalProcesses.stop(printer);
        if (avahi != null) {
            privateBus = null;
        }
        LocalProcesses.stop(avahi);
        LocalProcesses.stop(dbus);
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
