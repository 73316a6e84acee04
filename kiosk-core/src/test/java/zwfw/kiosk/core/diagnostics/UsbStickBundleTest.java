package zwfw.kiosk.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The USB path on a real FAT filesystem: an image made by {@code mkfs.vfat} (Debian dosfstools) on a loop
 * device, mounted by the kernel's vfat ({@code mount -o loop}) or, where the kernel has no vfat (some
 * containers), by fusefat over the same loop device. The kiosk's view of the system is a root whose
 * mountinfo is the real one and whose sysfs marks that loop disk removable (a loop device never is).
 * Needs root; skipped with the reason otherwise.
 */
class UsbStickBundleTest {
    @TempDir
    Path dir;
    private final List<List<String>> undo = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (int i = undo.size() - 1; i >= 0; i--) {
            run(undo.get(i));
        }
    }

    @Test
    void aMountedUsbStickReceivesTheBundleAndTheDataDirectoryDoesNot() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a loop device needs root");
        assumeTrue(Files.isExecutable(Path.of("/sbin/mkfs.vfat")) || Files.isExecutable(Path.of("/usr/sbin/mkfs.vfat")),
                "mkfs.vfat (Debian package dosfstools) is not installed");
        Path image = dir.resolve("stick.img");
        Path mountPoint = Files.createDirectories(dir.resolve("media/KIOSKUSB"));
        assertEquals(0, run(List.of("truncate", "-s", "16M", image.toString())).exit);
        assertEquals(0, run(List.of("mkfs.vfat", "-n", "KIOSKUSB", image.toString())).exit);
        String loop = mount(image, mountPoint);

        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("proc/self"));
        Files.copy(Path.of("/proc/self/mountinfo"), root.resolve("proc/self/mountinfo"));
        Path disk = Files.createDirectories(root.resolve("sys/block").resolve(Path.of(loop).getFileName().toString()));
        Files.writeString(disk.resolve("removable"), "1\n");
        RemovableMedia media = new RemovableMedia(root);
        assertEquals(mountPoint, media.firstWritable().orElseThrow().mountPoint(), media.mounted().toString());

        Path dataDir = dir.resolve("data");
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T04:05:06Z"), ZoneId.of("Asia/Shanghai"));
        BundleSection note = StandardSections.json("note.json", () -> java.util.Map.of("hello", "从U盘"));
        DiagnosticsSaver saver = new DiagnosticsSaver(() -> new DiagnosticsBundle("KSK-1", clock, List.of(note)), dataDir, media);
        BundleSaver.SavedBundle saved = saver.save();

        assertTrue(saved.onRemovableMedia());
        assertEquals(mountPoint.resolve("kiosk-diag-KSK-1-20261129-120506.zip"), saved.file(), "named in the kiosk's zone");
        assertFalse(Files.exists(dataDir.resolve("diagnostics")), "nothing left in the data directory");
        try (ZipFile zip = new ZipFile(saved.file().toFile())) {
            assertTrue(new String(zip.getInputStream(zip.getEntry("note.json")).readAllBytes(), StandardCharsets.UTF_8).contains("从U盘"));
            assertTrue(new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8).contains("KSK-1"));
        }
        try (var files = Files.list(mountPoint)) {
            // (fusefat lists the volume label as an entry: only the bundle's own files are looked at)
            assertEquals(List.of(saved.file()), files.filter(f -> f.getFileName().toString().startsWith("kiosk-diag-")).toList(),
                    "no .part file left on the stick");
        }
        assertEquals(saved.bytes(), Files.size(saved.file()));

        Files.writeString(disk.resolve("removable"), "0\n"); // the same disk, no longer removable: the data directory instead
        BundleSaver.SavedBundle local = saver.save();
        assertFalse(local.onRemovableMedia());
        assertTrue(local.file().startsWith(dataDir.resolve("diagnostics")));
    }

    /** Mounts the image as FAT on a loop device; returns the loop device. */
    private String mount(Path image, Path mountPoint) throws Exception {
        Result kernel = run(List.of("mount", "-o", "loop", "-t", "vfat", image.toString(), mountPoint.toString()));
        if (kernel.exit == 0) {
            undo.add(List.of("umount", mountPoint.toString()));
            String source = run(List.of("findmnt", "-n", "-o", "SOURCE", mountPoint.toString())).out.strip();
            return source;
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/fusefat")),
                "the kernel has no vfat (" + kernel.out.strip() + ") and fusefat (Debian package fusefat) is not installed");
        assumeTrue(Files.exists(Path.of("/dev/fuse")), "the kernel has no vfat and this machine has no /dev/fuse for fusefat");
        Result loop = run(List.of("losetup", "-f", "--show", image.toString()));
        assumeTrue(loop.exit == 0, "no loop device: " + loop.out.strip());
        String device = loop.out.strip();
        undo.add(List.of("losetup", "-d", device));
        Result fuse = run(List.of("fusefat", "-o", "rw+,fsname=" + device, device, mountPoint.toString()));
        assertEquals(0, fuse.exit, fuse.out);
        undo.add(List.of("fusermount", "-u", mountPoint.toString()));
        return device;
    }

    private record Result(int exit, String out) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, String.join(" ", command) + " did not finish");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
