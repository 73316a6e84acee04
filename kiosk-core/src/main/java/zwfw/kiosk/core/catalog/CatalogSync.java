package zwfw.kiosk.core.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.CatalogFetch;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.kiosk.core.platform.PlatformResult;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.storage.Migration;

/**
 * Keeps the catalog: fetched with {@code If-None-Match} (a 304 costs nothing), the last good one
 * kept in the database, and on a first start without network the bundled {@code config/catalog.json}.
 */
public final class CatalogSync {
    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);
    static final String COMPONENT = "catalog";
    /** Our own verdict on an answer we could not use: retrying would get the same answer. */
    private static final String BAD_ANSWER = "BAD_ANSWER";

    /** Where the catalog in use came from. */
    public enum Source { PLATFORM, CACHE, FALLBACK }

    /** The result of one sync. */
    public record Result(Outcome outcome, long version, Source source, PlatformError error) {
    }

    public enum Outcome { UPDATED, UNCHANGED, FAILED }

    private final KioskDatabase db;
    private final PlatformClient client;
    private final Path fallbackFile;
    private final Clock clock;
    private volatile Catalog current;
    private volatile Source source;

    public CatalogSync(KioskDatabase db, PlatformClient client, Path fallbackFile, Clock clock) {
        this.db = db;
        this.client = client;
        this.fallbackFile = fallbackFile;
        this.clock = clock;
    }

    public static List<Migration> migrations() {
        return List.of(Migration.sql(COMPONENT, 1, "last good catalog",
                "CREATE TABLE catalog_cache(id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT, version INTEGER NOT NULL,"
                        + " body BLOB NOT NULL, fetched_at INTEGER NOT NULL)"));
    }

    /** Asks the platform for a newer catalog. On any failure the catalog in use stays as it is. */
    public Result sync() {
        Optional<Cached> cached = cached();
        PlatformResult<CatalogFetch> r = client.catalog(cached.map(Cached::etag).orElse(null));
        if (!(r instanceof PlatformResult.Ok<CatalogFetch> ok)) {
            Catalog c = current();
            log.info("catalog sync failed ({}); keeping version {} from {}", r.error().summary(), c.version(), source);
            return new Result(Outcome.FAILED, c.version(), source, r.error());
        }
        CatalogFetch f = ok.value();
        if (!f.modified() && cached.isPresent()) {
            current = cached.get().catalog();
            source = Source.PLATFORM;
            return new Result(Outcome.UNCHANGED, current.version(), source, null);
        }
        if (!f.modified()) {
            // 304 without a cache of ours: cannot happen unless the platform misbehaves; fetch afresh next time.
            return new Result(Outcome.FAILED, current().version(), source,
                    PlatformError.fromStatus(502, BAD_ANSWER, "304 without a cached catalog", null, null));
        }
        Catalog parsed;
        try {
            parsed = Catalog.parse(f.body());
        } catch (IOException e) {
            return new Result(Outcome.FAILED, current().version(), source,
                    PlatformError.fromStatus(502, BAD_ANSWER, "the catalog could not be read", null, null));
        }
        long now = clock.millis();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO catalog_cache VALUES(1,?,?,?,?)")) {
                ps.setString(1, f.etag());
                ps.setLong(2, parsed.version());
                ps.setBytes(3, f.body());
                ps.setLong(4, now);
                ps.executeUpdate();
            }
            return null;
        });
        current = parsed;
        source = Source.PLATFORM;
        log.info("catalog version {} with {} services stored", parsed.version(), parsed.services().size());
        return new Result(Outcome.UPDATED, parsed.version(), source, null);
    }

    /**
     * {@link #sync()}, retrying transient failures as the contract's retry table says (section 2): 5xx,
     * timeouts and connection failures after a backoff with jitter, 429 after its Retry-After, until
     * {@code timeout} has passed. Anything else (and a catalog the platform sent broken) fails at once.
     * Runs on the caller's thread (the command line), which sleeps between tries.
     */
    public Result syncWithin(Duration timeout, Backoff backoff) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        Instant deadline = clock.instant().plus(timeout);
        int retries = 0;
        while (true) {
            Result r = sync();
            Duration wait = r.outcome() == Outcome.FAILED ? retryWait(r.error(), backoff, ++retries) : null;
            if (wait == null || !clock.instant().plus(wait).isBefore(deadline)) {
                return r;
            }
            log.info("catalog sync: {} (try {}); trying again in {} ms", r.error().summary(), retries, wait.toMillis());
            try {
                Thread.sleep(Math.max(1, wait.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
    }

    private static Duration retryWait(PlatformError error, Backoff backoff, int retry) {
        if (error == null || BAD_ANSWER.equals(error.code())) {
            return null;
        }
        return switch (error.decision()) {
            case BACKOFF -> backoff.delay(retry);
            case RETRY_AFTER -> error.retryAfter() == null ? backoff.delay(retry) : error.retryAfter();
            default -> null;
        };
    }

    /** The catalog in use: the last synced, else the last good stored one, else the bundled fallback. */
    public Catalog current() {
        Catalog c = current;
        if (c != null) {
            return c;
        }
        Optional<Cached> cached = cached();
        if (cached.isPresent()) {
            current = cached.get().catalog();
            source = Source.CACHE;
            return current;
        }
        try {
            current = Catalog.parse(Files.readAllBytes(fallbackFile));
            source = Source.FALLBACK;
            log.info("using the bundled catalog {} (version {})", fallbackFile, current.version());
            return current;
        } catch (IOException e) {
            throw new IllegalStateException("no catalog: never synced and the fallback " + fallbackFile + " is unreadable");
        }
    }

    public Source source() {
        current();
        return source;
    }

    private record Cached(String etag, Catalog catalog) {
    }

    private Optional<Cached> cached() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT etag, body FROM catalog_cache WHERE id=1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Cached(rs.getString(1), Catalog.parse(rs.getBytes(2))));
                } catch (IOException e) {
                    log.warn("the stored catalog is unreadable; ignoring it");
                    return Optional.empty();
                }
            }
        });
    }
}
