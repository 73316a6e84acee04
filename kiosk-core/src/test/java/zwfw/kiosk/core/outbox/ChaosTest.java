package zwfw.kiosk.core.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.platform.sim.Faults;
import zwfw.platform.sim.PlatformSimulator;
import zwfw.platform.sim.SimOptions;

/**
 * A kiosk process submits N cases while the platform answers 5xx, stalls past the client's timeout
 * and drops connections (before and after committing), and the process is killed (SIGKILL) at
 * random moments and restarted. Afterwards every case is on the platform exactly once and the
 * outbox is empty. Seeded, so the kill schedule and the fault dice repeat.
 */
class ChaosTest {
    static final int CASES = 150;
    static final int KILLS = 8;
    static final long SEED = 20261124L;

    @TempDir
    Path dir;
    int killedTimes;
    int killedMidWorkTimes;

    @Test
    void everyCaseReachesThePlatformExactlyOnceDespiteFaultsAndKills() throws Exception {
        Faults faults = Faults.parse("error=0.15,drop=0.15,hang=0.05,hangMs=700,seed=" + SEED);
        Random dice = new Random(SEED);
        Path kioskData = dir.resolve("kiosk");
        int killed = 0;
        int killedMidWork = 0;
        killedTimes = 0;
        int exit = -1;
        try (PlatformSimulator sim = PlatformSimulator.start(SimOptions.of(0, dir.resolve("platform"), KioskFixture.KIOSK,
                KioskFixture.SECRET).withFaults(faults))) {
            for (int run = 0; run < KILLS + 1 && exit != 0; run++) {
                Process child = spawn(kioskData, sim.url());
                // A loaded machine may take seconds to start a JVM: the random life starts once the child works.
                Path childLog = dir.resolve("child.log");
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(10))
                        .until(() -> !child.isAlive() || (java.nio.file.Files.exists(childLog)
                                && java.nio.file.Files.readString(childLog).contains("working")));
                boolean last = run == KILLS;
                long life = last ? 45_000 : 300 + dice.nextInt(1700);
                if (child.waitFor(life, TimeUnit.MILLISECONDS)) {
                    exit = child.exitValue();
                } else {
                    child.destroyForcibly().waitFor();
                    killed++;
                    int[] progress = progress(kioskData);
                    if (progress[0] > 0 && progress[1] < CASES) {
                        killedMidWork++;
                    }
                }
            }
            assertEquals(0, exit, "the last run drains the outbox and exits 0");
            assertTrue(killed >= 3, "killed " + killed + " times");
            killedTimes = killed;
            killedMidWorkTimes = killedMidWork;
            assertTrue(killedMidWork >= 2, "killed while cases were committed but not all delivered: " + killedMidWork);
            // Each killed child leaves sqlite-jdbc's library copy (and .lck) behind: in this test's directory, not in /tmp.
            try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(dir)) {
                assertTrue(left.anyMatch(f -> f.getFileName().toString().startsWith("sqlite-")), "the children unpack SQLite here");
            }

            List<PlatformSimulator.StoredCase> onPlatform = sim.cases();
            Set<String> ids = new HashSet<>();
            onPlatform.forEach(c -> ids.add(c.clientCaseId()));
            assertEquals(onPlatform.size(), ids.size(), "a case reached the platform twice");
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < CASES; i++) {
                expected.add(ChaosSubmitter.caseId(i));
            }
            assertEquals(expected, ids);
        }
        try (KioskDatabase db = KioskDatabase.open(kioskData, KioskFixture.migrations())) {
            Outbox outbox = new Outbox(db, KioskFixture.KEY, Clock.systemUTC());
            assertEquals(0, outbox.depth());
            int attempts = 0;
            for (int i = 0; i < CASES; i++) {
                OutboxEntry e = outbox.entry(ChaosSubmitter.caseId(i)).orElseThrow();
                assertEquals(EntryState.DELIVERED, e.state());
                attempts += e.attempts();
            }
            // Failed attempts of a run that was killed before recording them are not counted; still, faults must show.
            assertTrue(attempts > CASES, "faults were injected: " + attempts + " recorded attempts");
            System.out.printf("chaos: %d cases, child killed %d times (%d mid-work), %d recorded attempts%n", CASES, killedTimes,
                    killedMidWorkTimes, attempts);
        }
    }

    /** [committed, delivered] as the dead child left them. */
    private static int[] progress(Path kioskData) {
        if (!java.nio.file.Files.exists(kioskData.resolve("kiosk.db"))) {
            return new int[] {0, 0};
        }
        try (KioskDatabase db = KioskDatabase.open(kioskData, KioskFixture.migrations())) {
            return db.read(c -> {
                try (var st = c.createStatement();
                     var rs = st.executeQuery("SELECT COUNT(*), COALESCE(SUM(state='DELIVERED'),0) FROM outbox")) {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2)};
                }
            });
        }
    }

    private static Process spawn(Path dataDir, String url) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dlogback.configurationFile=chaos-logback.xml",
                "-Dorg.sqlite.tmpdir=" + dataDir.getParent(), // a killed JVM's library copy stays (see SqliteNativeTest in deploy)
                "-cp", System.getProperty("java.class.path"), ChaosSubmitter.class.getName(),
                dataDir.toString(), url, Integer.toString(CASES)));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dataDir.getParent().resolve("child.log").toFile()).start();
    }
}
