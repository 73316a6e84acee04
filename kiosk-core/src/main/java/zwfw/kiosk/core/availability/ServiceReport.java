package zwfw.kiosk.core.availability;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What the running kiosk last showed, for {@code kioskctl kiosk status}: in service or not, every
 * reason that held, when, and the kiosk's process id (so staff can tell a stale report from a
 * running kiosk). {@code DATA_DIR/service-state.properties}, replaced whole on every change.
 */
public final class ServiceReport {
    private final Path file;
    private final Clock clock;

    public ServiceReport(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("service-state.properties");
        this.clock = clock;
    }

    /** One report. {@code reasons} in precedence order; empty when in service. */
    public record Report(List<OutOfServiceReason> reasons, Instant at, long pid) {
        public boolean inService() {
            return reasons.isEmpty();
        }

        /** Whether the process that wrote the report still runs. */
        public boolean running() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** Records the reasons holding now, as this process's report. */
    public void write(Set<OutOfServiceReason> reasons) {
        Properties p = new Properties();
        p.setProperty("reasons", String.join(",", reasons.stream().sorted().map(Enum::name).toList()));
        p.setProperty("at", clock.instant().toString());
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "written by the running kiosk; read with: kioskctl kiosk status");
            AtomicFile.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last report, or empty when no kiosk has run here or the file is unreadable. */
    public Optional<Report> read() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            List<OutOfServiceReason> reasons = new ArrayList<>();
            for (String name : p.getProperty("reasons", "").split(",")) {
                if (!name.isBlank()) {
                    reasons.add(OutOfServiceReason.valueOf(name.strip()));
                }
            }
            return Optional.of(new Report(List.copyOf(reasons), Instant.parse(p.getProperty("at", "")),
                    Long.parseLong(p.getProperty("pid", "-1"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
