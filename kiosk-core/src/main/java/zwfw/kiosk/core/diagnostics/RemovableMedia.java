package zwfw.kiosk.core.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writable filesystems on removable block devices that are mounted now (a USB stick staff
 * plugged in): every line of {@code /proc/self/mountinfo} whose source is a block device that the
 * kernel marks removable ({@code /sys/block/DISK/removable}) or that udev saw on the USB bus
 * ({@code ID_BUS=usb} in {@code /run/udev/data/bMAJOR:MINOR}; USB disks often say removable 0).
 * {@code root} is {@code /} on a kiosk; tests give a directory laid out the same way.
 */
public final class RemovableMedia {
    /** mountinfo is small; a bound all the same, checked before it is read. */
    static final long MAX_MOUNTINFO_BYTES = 4L * 1024 * 1024;
    private static final Pattern PARTITION_P = Pattern.compile("^(.*\\d)p\\d+$"); // nvme0n1p1, mmcblk0p1
    private static final Pattern PARTITION = Pattern.compile("^(.*\\D)\\d+$");    // sdb1

    private final Path root;

    public RemovableMedia(Path root) {
        this.root = root;
    }

    /** The system's own view. */
    public static RemovableMedia system() {
        return new RemovableMedia(Path.of("/"));
    }

    /** A mounted removable filesystem: where it is mounted, its device and type. */
    public record Mount(Path mountPoint, String device, String type) {
    }

    /** The first writable one, if a stick is plugged in and mounted. */
    public Optional<Mount> firstWritable() {
        return mounted().stream().findFirst();
    }

    /** Every writable removable filesystem mounted now, in mount order; empty when mountinfo cannot be read. */
    public List<Mount> mounted() {
        Path mountinfo = root.resolve("proc/self/mountinfo");
        List<Mount> found = new ArrayList<>();
        List<String> lines;
        try {
            if (Files.size(mountinfo) > MAX_MOUNTINFO_BYTES) {
                return found;
            }
            lines = Files.readAllLines(mountinfo, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return found; // proc files report size 0; a missing one means no way to tell
        }
        for (String line : lines) {
            parse(line).filter(this::removable).map(Entry::mount).ifPresent(found::add);
        }
        return found;
    }

    private record Entry(Mount mount, String majorMinor, boolean writable) {
    }

    /** One mountinfo line: ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL…] - TYPE SOURCE SUPEROPTIONS. */
    private static Optional<Entry> parse(String line) {
        String[] f = line.split(" ");
        int dash = java.util.Arrays.asList(f).indexOf("-");
        if (f.length < 7 || dash < 6 || dash + 2 >= f.length) {
            return Optional.empty();
        }
        String source = f[dash + 2];
        if (!source.startsWith("/dev/")) {
            return Optional.empty();
        }
        boolean writable = List.of(f[5].split(",")).contains("rw");
        return Optional.of(new Entry(new Mount(Path.of(unescape(f[4])), source, f[dash + 1]), f[2], writable));
    }

    private boolean removable(Entry e) {
        if (!e.writable()) {
            return false;
        }
        String name = Path.of(e.mount().device()).getFileName().toString();
        Optional<String> disk = disk(name);
        if (disk.isPresent() && "1".equals(read(root.resolve("sys/block").resolve(disk.get()).resolve("removable")))) {
            return true;
        }
        String udev = read(root.resolve("run/udev/data").resolve("b" + e.majorMinor()));
        return udev != null && udev.lines().anyMatch("E:ID_BUS=usb"::equals);
    }

    /** The whole disk a device name belongs to: itself when it is one, else the name without its partition number. */
    private Optional<String> disk(String name) {
        if (Files.isDirectory(root.resolve("sys/block").resolve(name))) {
            return Optional.of(name);
        }
        for (Pattern p : List.of(PARTITION_P, PARTITION)) {
            Matcher m = p.matcher(name);
            if (m.matches() && Files.isDirectory(root.resolve("sys/block").resolve(m.group(1)))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 64 * 1024) {
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** mountinfo writes space, tab, newline and backslash in paths as octal escapes (\040). */
    static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\([0-7]{3})").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
