package zwfw.kiosk.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mounted filesystems count as a USB stick, read from a root laid out like /proc, /sys and /run/udev. */
class RemovableMediaTest {
    @TempDir
    Path root;

    private void mountinfo(String... lines) throws Exception {
        Files.createDirectories(root.resolve("proc/self"));
        Files.writeString(root.resolve("proc/self/mountinfo"), String.join("\n", lines) + "\n");
    }

    private void disk(String name, String removable) throws Exception {
        Files.createDirectories(root.resolve("sys/block").resolve(name));
        Files.writeString(root.resolve("sys/block").resolve(name).resolve("removable"), removable + "\n");
    }

    @Test
    void aPartitionOfARemovableDiskIsFoundWithItsMountPointUnescaped() throws Exception {
        mountinfo("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "40 22 8:17 / /media/kiosk/KIOSK\\040USB rw,nosuid,nodev shared:20 - vfat /dev/sdb1 rw,fmask=0022",
                "41 22 0:5 / /dev rw - devtmpfs udev rw");
        disk("sda", "0");
        disk("sdb", "1");
        List<RemovableMedia.Mount> found = new RemovableMedia(root).mounted();
        assertEquals(List.of(new RemovableMedia.Mount(Path.of("/media/kiosk/KIOSK USB"), "/dev/sdb1", "vfat")), found);
    }

    @Test
    void aUsbDiskTheKernelCallsFixedIsFoundThroughUdev() throws Exception {
        mountinfo("40 22 8:33 / /media/ssd rw,relatime - exfat /dev/sdc1 rw");
        disk("sdc", "0");
        Files.createDirectories(root.resolve("run/udev/data"));
        Files.writeString(root.resolve("run/udev/data/b8:33"), "S:disk/by-id/usb-Foo\nE:ID_BUS=usb\nE:ID_FS_TYPE=exfat\n");
        assertEquals(Path.of("/media/ssd"), new RemovableMedia(root).firstWritable().orElseThrow().mountPoint());
    }

    @Test
    void fixedDisksReadOnlySticksAndVirtualFilesystemsAreNotOffered() throws Exception {
        mountinfo("22 1 259:1 / / rw - ext4 /dev/nvme0n1p1 rw",
                "40 22 8:17 / /media/ro ro,relatime - vfat /dev/sdb1 ro",
                "41 22 0:30 / /tmp rw - tmpfs tmpfs rw",
                "42 22 179:1 / /media/sd rw - vfat /dev/mmcblk0p1 rw");
        disk("nvme0n1", "0");
        disk("sdb", "1");
        disk("mmcblk0", "1");
        List<RemovableMedia.Mount> found = new RemovableMedia(root).mounted();
        assertEquals(1, found.size(), found.toString());
        assertEquals("/dev/mmcblk0p1", found.get(0).device(), "an SD card's partition maps to its disk");
    }

    @Test
    void withoutMountinfoNothingIsFound() {
        assertTrue(new RemovableMedia(root.resolve("nowhere")).mounted().isEmpty());
    }
}
