package zwfw.kiosk.app.cli.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.cli.CapturedKioskCtl;

/**
 * Every file kioskctl reads is checked before it is read, and each problem is one line in words:
 * not found, not a regular file (and what it is), too large (N bytes, limit M), not an image,
 * too many pixels. Text beyond the contract's limits is refused the same way.
 */
class InputBoundsTest {
    static final String ID = "11010519491231002X";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run kioskctl(String... args) {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        int exit = ctl.run(args);
        return new Run(exit, ctl.out().strip(), ctl.err().strip());
    }

    static void assertOneLine(Run r, int exit, String expected) {
        assertEquals(exit, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    private Path sparse(String name, long bytes) throws Exception {
        Path f = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(bytes); // sparse: costs no disk, only its size is large
        }
        return f;
    }

    static String[] submit(String... extra) {
        List<String> a = new ArrayList<>(List.of("case", "submit", "--config", "../config", "--service", "RS-0001",
                "--name", "张三", "--id-number", ID));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void qrDecodeNamesWhatIsWrongWithTheFile() throws Exception {
        assertOneLine(kioskctl("qr", "decode", "/dev/null"), 1, "/dev/null: not a regular file (a character device)");
        assertOneLine(kioskctl("qr", "decode", dir.toString()), 1, dir + ": not a regular file (a directory)");
        assertOneLine(kioskctl("qr", "decode", dir.resolve("missing.png").toString()), 1, "missing.png: not found");
        Path huge = sparse("huge.png", 65L * 1024 * 1024);
        assertOneLine(kioskctl("qr", "decode", huge.toString()), 1, "huge.png: too large (68157440 bytes, limit 67108864)");
        Path text = Files.writeString(dir.resolve("note.png"), "not a picture");
        assertOneLine(kioskctl("qr", "decode", text.toString()), 1, "note.png: not an image");
    }

    @Test
    void aPngDeclaringFourHundredMegapixelsIsRefusedFromItsHeader() throws Exception {
        Path bomb = PngBomb.write(dir.resolve("bomb.png"), 20_000, 20_000);
        long started = System.nanoTime();
        Run r = kioskctl("qr", "decode", bomb.toString());
        System.out.printf("qr decode of a %d-byte PNG declaring 20000x20000, in process: refused in %d ms%n",
                Files.size(bomb), (System.nanoTime() - started) / 1_000_000);
        assertOneLine(r, 1, "bomb.png: too many pixels (20000×20000 = 400000000, limit 100000000)");
    }

    @Test
    void attachmentsMustBeRegularFilesWithinFiveMebibytesAndAtMostTen() throws Exception {
        assertOneLine(kioskctl(submit("--attach", "/dev/zero")), 2, "/dev/zero: not a regular file (a character device)");
        assertOneLine(kioskctl(submit("--attach", dir.toString())), 2, dir + ": not a regular file (a directory)");
        assertOneLine(kioskctl(submit("--attach", dir.resolve("gone.jpg").toString())), 2, "gone.jpg: not found");
        Path big = sparse("scan.jpg", 5L * 1024 * 1024 + 1);
        assertOneLine(kioskctl(submit("--attach", big.toString())), 2, "scan.jpg: too large (5242881 bytes, limit 5242880)");
        Path small = Files.write(dir.resolve("page.jpg"), new byte[] {1, 2, 3});
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("--attach");
            eleven.add(small.toString());
        }
        assertOneLine(kioskctl(submit(eleven.toArray(String[]::new))), 2, "11 files, the platform takes at most 10 per case");
    }

    @Test
    void aHundredThousandCharacterNameIsRefusedWithTheContractsLimit() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        int exit = ctl.run("case", "submit", "--config", "../config", "--service", "RS-0001", "--name", "张".repeat(100_000),
                "--id-number", ID);
        assertEquals(4, exit);
        assertTrue(ctl.out().contains("姓名不能超过200个字 / Name must be at most 200 characters"), ctl.out());
        Run longForm = kioskctl(submit("--form", "purpose=" + "x".repeat(100_000)));
        assertOneLine(longForm, 2, "--form: a field name is over 200 characters or a value over 2000");
    }

    @Test
    void aSerialPortThatIsADirectoryOrAFileIsNamedAsSuchInOneLine() throws Exception {
        assertOneLine(kioskctl("idcard", "read", "--port", dir.toString(), "--timeout", "1"), 1,
                dir + ": not a serial port (a directory)");
        Path file = Files.writeString(dir.resolve("port.txt"), "x");
        assertOneLine(kioskctl("scanner", "listen", "--port", file.toString(), "--timeout", "1"), 1,
                file + ": not a serial port (a regular file)");
        assertOneLine(kioskctl("printer", "status", "--port", dir.toString()), 2, dir + ": not a serial port (a directory)");
    }

    @Test
    void aLockReasonIsOneLineOfAtMostTwoHundredCharacters() {
        assertOneLine(kioskctl("kiosk", "lock", "--config", "../config", "--reason", "换纸".repeat(101)), 2,
                "--reason: at most 200 characters on one line");
        assertOneLine(kioskctl("kiosk", "lock", "--config", "../config", "--reason", "换纸\nreason=forged"), 2,
                "--reason: at most 200 characters on one line");
    }

    @Test
    void aCardProfileAndACameraFolderMustBeWhatTheySayTheyAre() {
        assertOneLine(kioskctl("smartcard", "read", "--profile", "/dev/zero"), 1, "/dev/zero: not a regular file (a character device)");
        assertOneLine(kioskctl("camera", "capture", "--folder", "/dev/null", "--out", dir.resolve("x.jpg").toString()), 1,
                "/dev/null: not a directory (a character device)");
    }
}
