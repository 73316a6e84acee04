package zwfw.kiosk.core.diagnostics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import zwfw.kiosk.core.privacy.PersonalDataMasker;

/**
 * The kiosk's log files ({@code DATA_DIR/logs}: {@code kiosk.log} and the rolled {@code .log.gz}),
 * newest first, as {@code logs/NAME.log}, each line masked once more on the way in (the files are
 * masked when written; this keeps a line that slipped through, or a file from an older version,
 * out of the bundle). At most {@code maxBytes} of log text, so a bundle fits on any stick.
 */
public final class LogsSection implements BundleSection {
    /** The log text a bundle takes by default: the last days, not the 500 MB the logs may hold. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    /** Longer lines are cut: a bound checked before the line is kept. */
    static final int MAX_LINE_CHARS = 8192;

    private final Path logDir;
    private final long maxBytes;

    public LogsSection(Path logDir, long maxBytes) {
        this.logDir = logDir;
        this.maxBytes = maxBytes;
    }

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public void write(BundleEntries entries) throws IOException {
        if (!Files.isDirectory(logDir)) {
            entries.put("logs/README.txt", ("no log directory at " + logDir + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        long left = maxBytes;
        for (Path file : newestFirst()) {
            if (left <= 0) {
                break;
            }
            long budget = left;
            long[] written = {0};
            String name = file.getFileName().toString().replaceAll("\\.gz$", "");
            entries.put("logs/" + name, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null && written[0] < budget) {
                        String cut = line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + " …" : line;
                        String masked = PersonalDataMasker.mask(cut) + "\n";
                        w.write(masked);
                        written[0] += masked.length();
                    }
                }
                w.flush();
            });
            left -= written[0];
        }
    }

    private List<Path> newestFirst() throws IOException {
        try (Stream<Path> files = Files.list(logDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".log") || f.getFileName().toString().endsWith(".log.gz"))
                    .sorted(Comparator.comparing(LogsSection::modified).reversed())
                    .toList();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
