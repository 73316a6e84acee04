package zwfw.kiosk.app.screen.maintenance.devices;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zwfw.kiosk.core.privacy.PersonalDataMasker;

/**
 * The last lines of the kiosk's log that name a device, for the maintenance screen: read from at
 * most the last {@value #MAX_BYTES} bytes of the file (bounded before it is read) and masked again,
 * though the log is masked when written. Blocking (disk): never on the FX thread.
 */
public final class LogTail {
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_LINES = 8;

    private final Path file;

    public LogTail(Path file) {
        this.file = file;
    }

    public List<String> linesAbout(String deviceId) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, f.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of("(log not readable: " + e.getMessage() + ")");
        }
        List<String> out = new ArrayList<>();
        String word = "device " + deviceId;
        for (String line : text.split("\n")) {
            if (line.contains(word) || line.contains(deviceId + ":") || line.contains("[" + deviceId + "]")) {
                out.add(PersonalDataMasker.mask(line.length() > 240 ? line.substring(0, 240) + "…" : line));
            }
        }
        return out.subList(Math.max(0, out.size() - MAX_LINES), out.size());
    }
}
