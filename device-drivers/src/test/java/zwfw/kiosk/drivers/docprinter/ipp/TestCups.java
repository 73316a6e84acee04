package zwfw.kiosk.drivers.docprinter.ipp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A CUPS scheduler of the test's own: its own configuration, spool and logs in a temporary
 * directory, listening on 127.0.0.1 and a free port, so the machine's CUPS is left alone. It keeps
 * no document after a job ({@code PreserveJobFiles No}) and a short job history. Its queue
 * {@link #PDF_QUEUE} prints through cups-pdf into {@link #pdfOut()}, using a cups-pdf instance
 * configuration of its own ({@code /etc/cups/cups-pdf-<instance>.conf}, removed on stop).
 */
public final class TestCups implements AutoCloseable {
    public static final String PDF_QUEUE = "KioskA4";
    private static final Path CUPSD = Path.of("/usr/sbin/cupsd");
    private static final Path CUPS_PDF_BACKEND = Path.of("/usr/lib/cups/backend/cups-pdf");
    private static final Path CUPS_PDF_PPD = Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");

    private final Path root;
    private final int port;
    private final Path cupsPdfConf;
    private final Process cupsd;

    /**
     * Skips the calling test, saying why, where CUPS is not installed at all or we are not root (cupsd
     * and its cups-pdf backend need root); with CUPS but without cups-pdf the tests fail, naming the package.
     */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(CUPSD), "CUPS is not installed (Debian package cups)");
        Assumptions.assumeTrue(LocalProcesses.isRoot(), "cupsd and its cups-pdf backend need root to run");
        if (!Files.exists(CUPS_PDF_BACKEND) || !Files.exists(CUPS_PDF_PPD)) {
            throw new IllegalStateException("CUPS is installed but cups-pdf is not: install Debian package printer-driver-cups-pdf");
        }
    }

    public static TestCups start() throws Exception {
        assumeAvailable();
        return new TestCups();
    }

    private TestCups() throws Exception {
        port = LocalProcesses.freePort();
        // Short on purpose: cups-pdf 3.0.1 garbles the job title when its configured paths are long.
        root = Files.createDirectories(Path.of("/tmp/kcups" + port));
        for (String d : List.of("spool", "tmp", "state", "cache", "log", "out", "cups-pdf-spool")) {
            Files.createDirectories(root.resolve(d));
        }
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        // cups-pdf writes as the job's user, "nobody" for the kiosk's jobs (no such local account)
        for (String open : List.of("tmp", "out", "cups-pdf-spool")) {
            Files.setPosixFilePermissions(root.resolve(open), PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        LocalProcesses.run(List.of("chgrp", "lp", root.resolve("spool").toString()));
        Files.setPosixFilePermissions(root.resolve("spool"), PosixFilePermissions.fromString("rwx--x---"));
        Files.writeString(root.resolve("cupsd.conf"), String.join("\n",
                "Listen 127.0.0.1:" + port,
                "LogLevel warn",
                "PreserveJobFiles No",
                "PreserveJobHistory 300",
                "MaxJobs 100",
                // job control files (c*) written at once, not up to 30 s later: a test can read what CUPS keeps
                "DirtyCleanInterval 0",
                "Browsing No",
                "WebInterface No",
                "DefaultAuthType None",
                "<Location />", "  Order allow,deny", "  Allow all", "</Location>",
                "<Policy default>", "  <Limit All>", "    Order deny,allow", "  </Limit>", "</Policy>", ""));
        Files.writeString(root.resolve("cups-files.conf"), String.join("\n",
                "ServerRoot " + root,
                "RequestRoot " + spool(),
                "TempDir " + root.resolve("tmp"),
                "StateDir " + root.resolve("state"),
                "CacheDir " + root.resolve("cache"),
                "ErrorLog " + root.resolve("log/error_log"),
                "AccessLog " + root.resolve("log/access_log"),
                "PageLog " + pageLog(), ""));
        String instance = "kiosktest" + ProcessHandle.current().pid() + "x" + port;
        cupsPdfConf = Path.of("/etc/cups/cups-pdf-" + instance + ".conf");
        Files.writeString(cupsPdfConf, String.join("\n",
                "Out " + pdfOut(), "AnonDirName " + pdfOut(), "Spool " + root.resolve("cups-pdf-spool"),
                "Log " + root.resolve("log"), "LogType 3", "Grp root", ""));
        Path log = root.resolve("log/cupsd.out");
        cupsd = LocalProcesses.start(log, List.of(CUPSD.toString(), "-f", "-c", root.resolve("cupsd.conf").toString(),
                "-s", root.resolve("cups-files.conf").toString()), Map.of());
        try {
            LocalProcesses.awaitPort(port, cupsd, log);
            addQueue(PDF_QUEUE, "cups-pdf:/" + instance, CUPS_PDF_PPD);
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** Adds a queue; {@code ppd} null makes a raw queue (the document goes to the device as it is). */
    public void addQueue(String name, String deviceUri, Path ppd) throws Exception {
        if (ppd == null) {
            admin("lpadmin", "-p", name, "-E", "-v", deviceUri);
        } else {
            admin("lpadmin", "-p", name, "-E", "-v", deviceUri, "-P", ppd.toString());
        }
    }

    public URIs uris(String queue) {
        return new URIs(java.net.URI.create("ipp://127.0.0.1:" + port + "/printers/" + queue));
    }

    public record URIs(java.net.URI queue) {
    }

    /** HOST:PORT for the CUPS command-line tools' {@code -h}. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** Runs a CUPS admin command (lpadmin, cupsdisable, cupsreject …) against this scheduler. */
    public void admin(String... command) throws Exception {
        List<String> c = new java.util.ArrayList<>(List.of(command[0], "-h", address()));
        c.addAll(List.of(command).subList(1, command.length));
        LocalProcesses.run(c);
    }

    public Path spool() {
        return root.resolve("spool");
    }

    public Path pageLog() {
        return root.resolve("log/page_log");
    }

    public Path pdfOut() {
        return root.resolve("out");
    }

    public Path cupsPdfLog() {
        return root.resolve("log/cups-pdf-" + PDF_QUEUE + "_log");
    }

    public List<Path> pdfs() throws IOException {
        try (Stream<Path> s = Files.list(pdfOut())) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        LocalProcesses.stop(cupsd);
        Files.deleteIfExists(cupsPdfConf);
        if (Boolean.getBoolean("kiosk.test.keepCups")) {
            return; // for looking into a failure: the logs stay under the temporary directory
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
