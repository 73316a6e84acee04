package zwfw.kiosk.core.availability;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock records under {@code DATA_DIR/locks/}: one small file per {@link LockHolder}
 * ({@code staff.lock}, {@code platform.lock}), so the kiosk and {@code kioskctl} never race on a
 * shared file. A record is written to a temporary file, forced to disk and renamed over the old one,
 * so a reader sees the old record or the new one, never half of one, and a record survives a power
 * cut. Unlocking deletes the file. A record that cannot be read counts as locked: a kiosk locked for
 * a repair must not come back in service because its record was damaged. A record that cannot be
 * written or deleted (read-only or full disk, a file in the way) throws with one line saying why: the
 * caller reports it, and whoever asks next reads what the disk really says.
 */
public final class ServiceLocks {
    private static final Logger log = LoggerFactory.getLogger(ServiceLocks.class);
    private static final String SUFFIX = ".lock";
    /** The largest lock record read (a holder, a reason of at most 200 characters, who and when). */
    static final long MAX_RECORD_BYTES = 64 * 1024;

    private final Path directory;
    private final Clock clock;

    public ServiceLocks(Path dataDir, Clock clock) {
        this.directory = dataDir.resolve("locks");
        this.clock = clock;
    }

    /** Where the records live. */
    public Path directory() {
        return directory;
    }

    /** Sets (or replaces) {@code holder}'s lock; logged, with the channel and reason, never a person. */
    public ServiceLock lock(LockHolder holder, String reason, String by) {
        ServiceLock lock = new ServiceLock(holder, reason, by, clock.instant());
        Properties p = new Properties();
        p.setProperty("holder", holder.name());
        p.setProperty("reason", lock.reason());
        p.setProperty("by", lock.by());
        p.setProperty("at", lock.at().toString());
        StringWriter text = new StringWriter();
        try {
            p.store(text, "kiosk out-of-service lock; delete with: kioskctl kiosk unlock");
            AtomicFile.write(file(holder), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lock record " + file(holder) + ": " + why(e), e);
        }
        log.warn("kiosk locked: holder={} by={} reason={}", holder, lock.by(), lock.reason());
        return lock;
    }

    /** Lifts {@code holder}'s lock; the lock that was lifted, or empty if there was none. Other holders' locks stay. */
    public Optional<ServiceLock> unlock(LockHolder holder, String by) {
        Optional<ServiceLock> was = read(holder);
        try {
            boolean deleted = Files.deleteIfExists(file(holder));
            if (deleted) {
                AtomicFile.syncDirectory(directory);
                log.warn("kiosk unlocked: holder={} by={}", holder, by == null ? "unknown" : by);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the lock record " + file(holder) + ": " + why(e), e);
        }
        return was;
    }

    /** Why a file operation failed, in a few words on one line (the JDK's messages often name only the path). */
    static String why(IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : null;
        String what = e instanceof FileAlreadyExistsException ? "something that is not a directory is in the way"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such directory"
                : reason != null ? reason
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return what.lines().findFirst().orElse(what);
    }

    /** Every lock that holds now, by holder. */
    public Map<LockHolder, ServiceLock> current() {
        Map<LockHolder, ServiceLock> locks = new EnumMap<>(LockHolder.class);
        for (LockHolder h : LockHolder.values()) {
            read(h).ifPresent(l -> locks.put(h, l));
        }
        return locks;
    }

    /** {@code holder}'s lock, if it holds. A damaged record reads as a lock whose reason says so. */
    public Optional<ServiceLock> read(LockHolder holder) {
        Path f = file(holder);
        Properties p = new Properties();
        try {
            // A lock record is a few lines; anything else in its place (a directory, a device, a huge file) reads as damaged.
            if (Files.exists(f) && (!Files.isRegularFile(f) || Files.size(f) > MAX_RECORD_BYTES)) {
                return Optional.of(damaged(holder, f));
            }
        } catch (IOException e) {
            return Optional.of(damaged(holder, f));
        }
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(damaged(holder, f));
        }
        try {
            Instant at = Instant.parse(p.getProperty("at", ""));
            return Optional.of(new ServiceLock(holder, p.getProperty("reason", ""), p.getProperty("by", ""), at));
        } catch (DateTimeParseException e) {
            return Optional.of(damaged(holder, f));
        }
    }

    private ServiceLock damaged(LockHolder holder, Path f) {
        Instant at;
        try {
            at = Files.getLastModifiedTime(f).toInstant();
        } catch (IOException e) {
            at = clock.instant();
        }
        return new ServiceLock(holder, "damaged lock record " + f.getFileName() + " (still locked; unlock to clear it)", "unknown", at);
    }

    private Path file(LockHolder holder) {
        return directory.resolve(holder.name().toLowerCase(Locale.ROOT) + SUFFIX);
    }
}
