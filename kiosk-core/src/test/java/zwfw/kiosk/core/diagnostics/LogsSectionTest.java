package zwfw.kiosk.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logs go into the bundle masked, cut and within their budget, whatever the files hold. */
class LogsSectionTest {
    @TempDir
    Path dir;

    @Test
    void aLineIsCutAtItsBoundWithoutBeingHeldWhole() throws Exception {
        BufferedReader in = new BufferedReader(new StringReader("x".repeat(LogsSection.MAX_LINE_CHARS * 3) + "\nshort\nlast"));
        String first = LogsSection.boundedLine(in);
        assertEquals(LogsSection.MAX_LINE_CHARS + 2, first.length());
        assertEquals("short", LogsSection.boundedLine(in));
        assertEquals("last", LogsSection.boundedLine(in));
        assertEquals(null, LogsSection.boundedLine(in));
    }

    @Test
    void theNewestLogComesFirstMaskedAndTheBudgetStopsTheRest() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path old = logs.resolve("kiosk.2026-11-01.0.log");
        Files.writeString(old, "old line\n".repeat(1000));
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.writeString(logs.resolve("kiosk.log"), "new line for 13800138000\n".repeat(10));
        Map<String, String> entries = new LinkedHashMap<>();
        new LogsSection(logs, 300).write(new BundleEntries() {
            @Override
            public void put(String name, byte[] content) {
                entries.put(name, new String(content, StandardCharsets.UTF_8));
            }

            @Override
            public void put(String name, Content content) throws java.io.IOException {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                content.writeTo(out);
                entries.put(name, out.toString(StandardCharsets.UTF_8));
            }
        });
        assertEquals(java.util.List.of("logs/kiosk.log", "logs/kiosk.2026-11-01.0.log"), java.util.List.copyOf(entries.keySet()));
        assertTrue(entries.get("logs/kiosk.log").contains("new line for 138****8000"));
        assertTrue(entries.get("logs/kiosk.2026-11-01.0.log").length() < 300, "only what is left of the budget");
    }
}
