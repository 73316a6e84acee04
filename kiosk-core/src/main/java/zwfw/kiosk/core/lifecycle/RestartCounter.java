package zwfw.kiosk.core.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the kiosk's starts since the machine booted, for the heartbeat's {@code restarts}
 * (contract §6): {@code DATA_DIR/run/restarts} holds the kernel's boot id and the count, and a
 * different boot id (the machine rebooted) starts again from zero. The first start after a boot
 * is no restart.
 */
public final class RestartCounter {
    private static final Logger log = LoggerFactory.getLogger(RestartCounter.class);
    private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");

    private RestartCounter() {
    }

    /** Records this start; returns the restarts since boot, this one included (0 for the first start). */
    public static int recordStart(Path dataDir) {
        return recordStart(dataDir, bootId(BOOT_ID));
    }

    static int recordStart(Path dataDir, String bootId) {
        Path file = RunFiles.dir(dataDir).resolve("restarts");
        int restarts = 0;
        try {
            String[] saved = String.valueOf(RunFiles.read(file)).split(" ");
            if (saved.length == 2 && saved[0].equals(bootId) && saved[1].matches("\\d{1,9}")) {
                restarts = Integer.parseInt(saved[1]) + 1;
            }
            RunFiles.write(file, bootId + " " + restarts);
        } catch (IOException | RuntimeException e) {
            log.warn("restart count not kept: {}", e.toString());
        }
        return restarts;
    }

    /** The restarts since boot as the last start recorded them (0 when none was recorded since this boot). */
    public static int sinceBoot(Path dataDir) {
        try {
            String[] saved = String.valueOf(RunFiles.read(RunFiles.dir(dataDir).resolve("restarts"))).split(" ");
            return saved.length == 2 && saved[0].equals(bootId(BOOT_ID)) && saved[1].matches("\\d{1,9}") ? Integer.parseInt(saved[1]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String bootId(Path source) {
        try {
            if (Files.isReadable(source)) {
                String id = Files.readString(source).trim();
                if (id.matches("[0-9a-f-]{1,64}")) {
                    return id;
                }
            }
        } catch (IOException e) {
            log.debug("no boot id: {}", e.toString());
        }
        return "unknown-boot";
    }
}
