package zwfw.kiosk.app.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.soak.VisitMix.Kind;

/**
 * A short soak in the test suite: a round of complete visits (card, QR, 代办, certificate, abandoned, help, progress), driven
 * by their events with the real screens shown, then two more rounds; after the warm-up round, threads, file
 * descriptors, SQLite handles and scene-graph nodes must not grow, and the visits log no warnings. ({@code bin/soak} runs thousands of visits of
 * every kind and judges the heap as well.)
 */
class ShortSoakTest {
    /** The kinds of a round after the warm-up: every identification, submitting, leaving, help and progress. */
    private static final List<Kind> ROUND = List.of(Kind.CARD_RATED, Kind.QR, Kind.AGENT, Kind.CERTIFICATE, Kind.ABANDONED, Kind.HELP,
            Kind.PROGRESS);

    private record Counts(int threads, int fileDescriptors, int sockets, int dbHandles, int nodes) {
    }

    @TempDir
    Path temp;

    @Test
    void visitAfterVisitTheKioskHoldsNoMoreThreadsDescriptorsDatabaseHandlesOrNodes() throws Exception {
        SoakKiosk kiosk = SoakKiosk.boot(temp, false);
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var logged = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        try {
            VisitMix mix = new VisitMix(kiosk, 18, kiosk::platform);
            ROUND.forEach(mix::visit); // warm-up: pools and caches come to hold what they will hold
            List<Counts> rounds = new ArrayList<>();
            rounds.add(counts());
            logged.start();
            root.addAppender(logged);
            for (int round = 0; round < 2; round++) {
                ROUND.forEach(mix::visit);
                rounds.add(counts());
            }
            root.detachAppender(logged);
            assertEquals(3, mix.certificatesPrinted(), "a certificate printed on A4 in every round");
            // A warning at every visit (PDFBox's "Using fallback font … for Helvetica" once per certificate) grows
            // the kiosk's log with noise for months.
            List<String> warnings = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                    .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
            assertEquals(List.of(), warnings, "warnings logged by ordinary visits");
            // A device at work (a card read, a page captured) is routine: two INFO lines a read filled a third of the log.
            List<String> busy = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO))
                    .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).filter(m -> m.contains("BUSY")).toList();
            assertEquals(List.of(), busy, "routine READY <-> BUSY steps logged at INFO");
            noGrowth(rounds, "threads", Counts::threads);
            noGrowth(rounds, "file descriptors (files and pipes)", Counts::fileDescriptors);
            // Pooled HTTP connections open and close as they please; only growth at every round is a leak.
            List<Integer> sockets = rounds.stream().map(Counts::sockets).toList();
            assertTrue(!(sockets.get(0) < sockets.get(1) && sockets.get(1) < sockets.get(2)), "sockets grew at every round: " + sockets);
            noGrowth(rounds, "SQLite handles", Counts::dbHandles);
            noGrowth(rounds, "scene-graph nodes", Counts::nodes);

            // The soak's clock is the whole kiosk's one clock: a case filed after a jump of three days is stored
            // three days ahead (before, only the screens' clock moved and the outbox kept the machine's time).
            kiosk.clock().jump(java.time.Duration.ofDays(3));
            long jumpedAt = kiosk.clock().millis();
            mix.visit(Kind.CARD_FINISHED);
            long filedAt = kiosk.app().assembly().database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT max(created_at) FROM outbox WHERE kind='CASE'")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            assertTrue(filedAt >= jumpedAt, "the case was stored at " + java.time.Instant.ofEpochMilli(filedAt)
                    + ", before the kiosk's clock read " + java.time.Instant.ofEpochMilli(jumpedAt));
        } finally {
            root.detachAppender(logged);
            kiosk.close();
        }
    }

    private static void noGrowth(List<Counts> rounds, String what, ToIntFunction<Counts> f) {
        int first = f.applyAsInt(rounds.get(0));
        int last = f.applyAsInt(rounds.get(rounds.size() - 1));
        assertTrue(last <= first, what + " grew over " + 2 * ROUND.size() + " visits: "
                + rounds.stream().map(f::applyAsInt).toList());
    }

    /** The embedded platform simulator's HTTP threads are the platform's side (a pool that grows to its size): not counted. */
    private static Counts counts() throws Exception {
        System.gc(); // descriptors of dropped streams close when collected
        return new Counts(SoakProbe.kioskThreads(), SoakProbe.nonSocketDescriptors(), SoakProbe.sockets(), SoakProbe.dbHandles(), SoakProbe.nodes());
    }
}
