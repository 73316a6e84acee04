package zwfw.kiosk.app.cli.outbox;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.time.ShownTime;
import zwfw.kiosk.app.cli.platform.KioskBackend;
import zwfw.kiosk.app.cli.platform.PlatformOptions;
import zwfw.kiosk.core.outbox.OutboxStatus;

/** {@code kioskctl outbox status|flush}: what waits to reach the platform (no personal data), and sending it now. */
@Command(name = "outbox", description = "See or flush what waits to reach the platform.",
        subcommands = {OutboxCommand.Status.class, OutboxCommand.Flush.class})
public final class OutboxCommand {

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Depth, oldest waiting time and each waiting entry.")
    public static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PlatformOptions platform;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (KioskBackend backend = KioskBackend.open(platform)) {
                print(spec.commandLine().getOut(), backend.outbox.status(), json, backend.clock);
                return 0;
            }
        }
    }

    @Command(name = "flush", mixinStandardHelpOptions = true, description = "Deliver what can be delivered now; exit 0 when empty.")
    public static final class Flush implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PlatformOptions platform;

        @Bounded(min = 0, max = 3600, unit = "seconds")
        @Option(names = "--timeout", defaultValue = "30", description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        @Option(names = "--json", description = "Print the remaining outbox as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (KioskBackend backend = KioskBackend.open(platform)) {
                boolean empty = backend.worker.flush(Duration.ofSeconds(timeoutSeconds));
                OutboxStatus left = backend.outbox.status();
                if (empty) {
                    print(spec.commandLine().getOut(), left, json, backend.clock);
                    return 0;
                }
                if (json) {
                    print(spec.commandLine().getOut(), left, true, backend.clock);
                }
                throw new CliFailure(3, left.depth() + " entries still waiting"
                        + left.entries().stream().findFirst().map(e -> "; first: " + e.lastError()).orElse(""));
            }
        }
    }

    /**
     * JSON shape (times ISO-8601 with the configured zone's offset): {"depth": N, "oldestQueuedAt": "...", "entries": [...], "answeredHoldingPersonalData": N,
     * "oldestHoldingPersonalDataSince": "..."}: the last two count cases the platform answered whose sealed
     * personal data is still on disk (visit not ended, backstop not yet passed), and when the oldest was committed.
     */
    record Printed(int depth, String oldestQueuedAt, java.util.List<Entry> entries, int answeredHoldingPersonalData,
                   String oldestHoldingPersonalDataSince) {
    }

    record Entry(String clientRef, String kind, String serviceCode, String state, String createdAt, int attempts,
                 String lastAttemptAt, String nextAttemptAt, String lastError, long ageSeconds) {
    }

    static void print(PrintWriter out, OutboxStatus s, boolean json, java.time.Clock clock) {
        long now = clock.millis(); // the clock the outbox stamped its entries with
        ZoneId zone = clock.getZone(); // the configured zone
        java.util.List<Entry> entries = s.entries().stream().map(e -> new Entry(e.clientRef(), e.kind().name(), e.serviceCode(),
                e.state().name(), ShownTime.json(e.createdAt(), zone), e.attempts(), ShownTime.json(e.lastAttemptAt(), zone),
                ShownTime.json(e.nextAttemptAt(), zone), e.lastError(), (now - e.createdAt().toEpochMilli()) / 1000)).toList();
        Printed p = new Printed(s.depth(), ShownTime.json(s.oldestQueuedAt(), zone), entries, s.answeredHoldingPersonalData(),
                ShownTime.json(s.oldestHoldingPersonalDataSince(), zone));
        if (json) {
            JsonOutput.print(out, p);
            return;
        }
        out.println("depth " + p.depth() + (p.oldestQueuedAt() == null ? "" : ", oldest queued at " + ShownTime.human(s.oldestQueuedAt(), zone)));
        for (Entry e : entries) {
            out.println("  " + e.kind() + " " + e.clientRef() + " " + (e.serviceCode() == null ? "" : e.serviceCode() + " ")
                    + e.state() + " age " + e.ageSeconds() + "s attempts " + e.attempts()
                    + (e.lastError() == null ? "" : " last error: " + e.lastError()));
        }
        out.println(p.answeredHoldingPersonalData() == 0
                ? "no delivered or rejected case holds personal data"
                : p.answeredHoldingPersonalData() + " delivered or rejected case(s) still hold sealed personal data, the oldest"
                + " committed at " + ShownTime.human(s.oldestHoldingPersonalDataSince(), zone));
        out.flush();
    }


}
