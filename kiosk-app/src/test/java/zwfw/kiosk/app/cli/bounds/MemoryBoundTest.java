package zwfw.kiosk.app.cli.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs that used to exhaust memory (issue 12: {@code --attach /dev/zero} ran 17 s into an
 * OutOfMemoryError; a 1 MB PNG declaring 20000×20000 took 65 s and 3.3 GB) are refused by kioskctl
 * in its own JVM with the heap capped at 256 MB. The times are printed, not asserted.
 */
class MemoryBoundTest {
    @TempDir
    Path dir;

    @Test
    void aPngBombIsRefusedWithinA256MegabyteHeap() throws Exception {
        Path bomb = PngBomb.write(dir.resolve("bomb.png"), 20_000, 20_000);
        ChildKioskCtl.Result r = ChildKioskCtl.run(dir, "256m", "qr", "decode", bomb.toString());
        System.out.printf("MemoryBoundTest: qr decode of a %d-byte PNG declaring 20000x20000 with -Xmx256m: exit %d in %d ms (JVM start included)%n",
                Files.size(bomb), r.exit(), r.millis());
        assertEquals(1, r.exit(), r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        assertEquals("decode: " + bomb + ": too many pixels (20000×20000 = 400000000, limit 100000000)", r.err());
    }

    @Test
    void devZeroAsAnAttachmentIsRefusedWithinA256MegabyteHeap() throws Exception {
        ChildKioskCtl.Result r = ChildKioskCtl.run(dir, "256m", "case", "submit", "--service", "RS-0001", "--name", "张三",
                "--id-number", "11010519491231002X", "--attach", "/dev/zero");
        System.out.printf("MemoryBoundTest: case submit --attach /dev/zero with -Xmx256m: exit %d in %d ms (JVM start included)%n",
                r.exit(), r.millis());
        assertEquals(2, r.exit(), r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        assertEquals("submit: /dev/zero: not a regular file (a character device)", r.err());
    }
}
