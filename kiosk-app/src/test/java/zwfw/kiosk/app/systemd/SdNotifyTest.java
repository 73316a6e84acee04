package zwfw.kiosk.app.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdNotifyTest {
    @TempDir
    Path temp;

    @Test
    void sendsStateMessagesToTheSocketNamedByNotifySocket() {
        try (NotifySocket systemd = NotifySocket.in(temp);
             SdNotify notify = SdNotify.from(Map.of("NOTIFY_SOCKET", systemd.name()))) {
            assertTrue(notify.enabled());
            notify.ready("attract screen showing");
            notify.watchdog();
            assertEquals(List.of("READY=1\nSTATUS=attract screen showing", "WATCHDOG=1"), systemd.messages());
        }
    }

    @Test
    void reachesAnAbstractSocket() {
        String name = "@zwfw-kiosk-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (NotifySocket systemd = new NotifySocket(name); SdNotify notify = SdNotify.from(Map.of("NOTIFY_SOCKET", name))) {
            notify.watchdog();
            assertEquals(List.of("WATCHDOG=1"), systemd.messages());
        }
    }

    @Test
    void neverBlocksWhenTheReceiverIsNotReading() throws Exception {
        // READY=1 goes out on the JavaFX thread: a datagram socket whose queue is full would block it for good.
        try (NotifySocket silent = NotifySocket.in(temp);
             SdNotify notify = SdNotify.from(Map.of("NOTIFY_SOCKET", silent.name()))) {
            java.util.concurrent.CompletableFuture<Boolean> flood = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                boolean refused = false;
                for (int i = 0; i < 5000 && !refused; i++) {
                    refused = !notify.watchdog();
                }
                return refused;
            });
            assertTrue(flood.get(10, java.util.concurrent.TimeUnit.SECONDS), "a full queue refuses the message instead of waiting");
        }
    }

    @Test
    void doesNothingOutsideSystemd() {
        SdNotify notify = SdNotify.from(Map.of());
        assertFalse(notify.enabled());
        assertFalse(notify.send("READY=1"));
    }

    @Test
    void aVanishedSocketIsReportedNotThrown() {
        SdNotify notify = SdNotify.from(Map.of("NOTIFY_SOCKET", temp.resolve("gone").toString()));
        assertFalse(notify.send("WATCHDOG=1"));
        assertFalse(notify.send("WATCHDOG=1"));
        notify.close();
    }

    @Test
    void readsTheWatchdogTimeoutSystemdSets() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), SdNotify.watchdogTimeout(Map.of("WATCHDOG_USEC", "30000000")));
        assertEquals(Optional.empty(), SdNotify.watchdogTimeout(Map.of()));
        assertEquals(Optional.empty(), SdNotify.watchdogTimeout(Map.of("WATCHDOG_USEC", "0")));
        assertEquals(Optional.empty(), SdNotify.watchdogTimeout(Map.of("WATCHDOG_USEC", "lots")));
        assertEquals(Duration.ofSeconds(10), UiWatchdog.periodFor(Duration.ofSeconds(30)));
    }
}
