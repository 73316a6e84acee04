package zwfw.kiosk.drivers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated printers' output folder: private from the start, and only the newest files of its kind stay. */
class PrivateFolderTest {
    @TempDir
    Path tmp;

    private static final Comparator<Path> BY_NUMBER = Comparator.comparing(
            f -> Integer.parseInt(f.getFileName().toString().replaceAll("\\D", "")));

    private static PrivateFolder.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFolderIsTheOwnersAloneAndSoIsEveryFile() throws Exception {
        Path dir = tmp.resolve("printed");
        Path file = new PrivateFolder(dir, "p-", ".txt", 3, BY_NUMBER).write("p-1.txt", text("甲"));
        assertEquals("甲", Files.readString(file));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    /** Files of one modification time go by the given order (job 9 before job 10), not by name ("p-10" < "p-9"). */
    @Test
    void onlyTheNewestStayOldestByTimeThenByTheGivenOrder() throws Exception {
        PrivateFolder folder = new PrivateFolder(tmp, "p-", ".txt", 2, BY_NUMBER);
        FileTime earlier = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(folder.write("p-9.txt", text("9")), earlier);
        Files.setLastModifiedTime(folder.write("p-10.txt", text("10")), earlier);
        Files.writeString(tmp.resolve("other.txt"), "not of this kind");
        folder.write("p-11.txt", text("11"));
        assertEquals(List.of("other.txt", "p-10.txt", "p-11.txt"), names(tmp));
    }

    /** A job number repeats after a restart within the same second: the new file replaces the old, still private. */
    @Test
    void aRepeatedNameReplacesTheFile() throws Exception {
        PrivateFolder folder = new PrivateFolder(tmp, "p-", ".txt", 3, BY_NUMBER);
        folder.write("p-1.txt", text("old"));
        Path file = folder.write("p-1.txt", text("new"));
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNameOutsideTheFolderOrItsKindIsRefused() {
        PrivateFolder folder = new PrivateFolder(tmp, "p-", ".txt", 3, BY_NUMBER);
        assertThrows(IllegalArgumentException.class, () -> folder.write("p-../../x.txt", text("x")));
        assertThrows(IllegalArgumentException.class, () -> folder.write("q-1.txt", text("x")));
    }
}
