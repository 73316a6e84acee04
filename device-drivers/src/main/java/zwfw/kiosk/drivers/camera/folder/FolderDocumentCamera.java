package zwfw.kiosk.drivers.camera.folder;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.camera.BlankPicture;
import zwfw.kiosk.drivers.camera.CaptureFailure;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.camera.ImageFiles;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;

/**
 * A document camera driven through its vendor's capture tool, the common integration for 高拍仪:
 * the tool (capturing by itself when paper is laid down, or run by {@code triggerCommand}) writes
 * each picture as a JPEG or PNG file into a folder. A capture takes the newest picture that appears
 * after it was asked, once the file's size has stopped changing and the file is a complete image
 * (so a half-written file is never taken); anything else with an image name that stays broken is
 * reported as {@code BAD_IMAGE}. Pictures are deleted once read unless configured otherwise.
 */
public final class FolderDocumentCamera extends AbstractDevice implements DocumentCamera {
    public static final String DRIVER = "folder";
    private static final Logger log = LoggerFactory.getLogger(FolderDocumentCamera.class);
    /** The largest picture file read: a 600 dpi A4 scan as PNG is about 60 MB; anything larger is not a page. */
    public static final long MAX_PICTURE_BYTES = 64L * 1024 * 1024;
    /** The most pixels a picture may declare in its header (100 megapixels): a bomb declaring billions is refused unread. */
    public static final long MAX_PICTURE_PIXELS = 100_000_000L;

    private final FolderCameraSettings settings;
    private final Object captureLock = new Object();

    public FolderDocumentCamera(String id, FolderCameraSettings settings) {
        super(id, DeviceKind.DOCUMENT_CAMERA, DRIVER);
        this.settings = settings;
    }

    public FolderCameraSettings settings() {
        return settings;
    }

    @Override
    protected void doOpen() {
        if (!folderThere()) {
            updateStatus(missing());
            return;
        }
        if (settings.deleteAfterCapture()) {
            // Pictures left from before (a crash, a power cut) are someone's papers: they do not stay.
            int removed = 0;
            for (Path p : images()) {
                removed += delete(p) ? 1 : 0;
            }
            if (removed > 0) {
                log.info("document camera {} removed {} picture(s) left in its folder", id(), removed);
            }
        }
    }

    @Override
    protected void doClose() {
        // nothing held between captures
    }

    @Override
    public CapturedImage capture() throws DeviceException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "capture");
        if (!isOpen() || !isEnabled()) {
            throw new DeviceException(CaptureFailure.NOT_READY, "document camera " + id() + " is not opened and enabled");
        }
        synchronized (captureLock) {
            if (!folderThere()) {
                updateStatus(missing());
                throw new DeviceException(CaptureFailure.NOT_CONNECTED, missing().detail());
            }
            updateState(DeviceState.BUSY);
            try {
                return awaitPicture();
            } finally {
                updateStatus(folderThere() ? DeviceStatus.of(DeviceState.READY) : missing());
            }
        }
    }

    private CapturedImage awaitPicture() throws DeviceException {
        Map<Path, Long> before = new HashMap<>();
        for (Path p : images()) {
            before.put(p, modified(p));
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Process trigger = startTrigger();
        Map<Path, Seen> watching = new HashMap<>();
        Set<Seen> broken = new HashSet<>();
        try {
            while (true) {
                if (!folderThere()) {
                    updateStatus(missing());
                    throw new DeviceException(CaptureFailure.NOT_CONNECTED, missing().detail());
                }
                Optional<CapturedImage> picture = newestComplete(before, watching, broken);
                if (picture.isPresent()) {
                    return picture.get();
                }
                if (System.nanoTime() > deadline) {
                    throw timedOut(broken);
                }
                sleep(settings.poll());
            }
        } finally {
            if (trigger != null && trigger.isAlive()) {
                trigger.destroy();
            }
        }
    }

    /** The newest new picture that is complete and settled, if any yet; remembers what it has seen. */
    private Optional<CapturedImage> newestComplete(Map<Path, Long> before, Map<Path, Seen> watching, Set<Seen> broken)
            throws DeviceException {
        List<Path> fresh = new ArrayList<>();
        for (Path p : images()) {
            Long old = before.get(p);
            if (old == null || old != modified(p)) {
                fresh.add(p);
            }
        }
        fresh.sort(Comparator.comparingLong(FolderDocumentCamera::modified).reversed().thenComparing(Comparator.reverseOrder()));
        long now = System.nanoTime();
        for (Path p : fresh) {
            Seen seen = Seen.of(p, now);
            if (seen == null) {
                continue; // gone meanwhile
            }
            Seen earlier = watching.get(p);
            if (earlier == null || !earlier.sameFile(seen)) {
                watching.put(p, seen); // new or still growing: look again after it settles
                continue;
            }
            if (now - earlier.since() < settings.stable().toNanos() || seen.size() == 0 || broken.contains(earlier)) {
                continue;
            }
            if (seen.size() > MAX_PICTURE_BYTES) {
                broken.add(earlier);
                log.warn("document camera {}: {} ({} bytes) is over the {} byte limit for a picture", id(), p.getFileName(), seen.size(),
                        MAX_PICTURE_BYTES);
                continue;
            }
            byte[] bytes;
            try {
                try (java.io.InputStream in = Files.newInputStream(p)) {
                    bytes = in.readNBytes((int) MAX_PICTURE_BYTES + 1); // grown since it was measured: the next poll sees
                }
                if (bytes.length > MAX_PICTURE_BYTES) {
                    continue;
                }
            } catch (IOException e) {
                continue; // still locked by the tool, or gone: the next poll sees
            }
            Optional<ImageFiles.ImageInfo> info = ImageFiles.inspect(bytes);
            if (info.isPresent() && (long) info.get().width() * info.get().height() > MAX_PICTURE_PIXELS) {
                broken.add(earlier);
                log.warn("document camera {}: {} declares {}x{} pixels, over the limit of {}", id(), p.getFileName(),
                        info.get().width(), info.get().height(), MAX_PICTURE_PIXELS);
                continue;
            }
            if (info.isEmpty()) {
                broken.add(earlier);
                log.warn("document camera {}: {} ({} bytes) is not a complete PNG or JPEG image", id(), p.getFileName(), bytes.length);
                continue;
            }
            if (settings.deleteAfterCapture()) {
                delete(p);
            }
            if (settings.noPaperCheck() && BlankPicture.isBlank(bytes, BlankPicture.DEFAULT_THRESHOLD)) {
                java.util.Arrays.fill(bytes, (byte) 0);
                throw new DeviceException(CaptureFailure.NO_PAPER, "the picture " + p.getFileName() + " shows an empty camera platform");
            }
            return Optional.of(new CapturedImage(bytes, info.get().contentType(), info.get().width(), info.get().height()));
        }
        return Optional.empty();
    }

    private DeviceException timedOut(Set<Seen> broken) {
        if (!broken.isEmpty()) {
            Seen b = broken.iterator().next();
            return new DeviceException(CaptureFailure.BAD_IMAGE, "the capture tool wrote " + b.path().getFileName() + " (" + b.size()
                    + " bytes), which is not a complete PNG or JPEG image within " + MAX_PICTURE_BYTES + " bytes and "
                    + MAX_PICTURE_PIXELS + " pixels, and no good picture within " + settings.timeout().toSeconds() + " s");
        }
        return new DeviceException(CaptureFailure.TIMEOUT, "no picture appeared in " + settings.directory() + " within "
                + settings.timeout().toSeconds() + " s: is the capture tool running and the camera plugged in?");
    }

    private Process startTrigger() throws DeviceException {
        if (settings.triggerCommand().isEmpty()) {
            return null;
        }
        try {
            return new ProcessBuilder(settings.triggerCommand()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new DeviceException(CaptureFailure.NOT_CONNECTED, "the capture command " + settings.triggerCommand().get(0)
                    + " does not start: " + e.getMessage(), e);
        }
    }

    private boolean folderThere() {
        return Files.isDirectory(settings.directory()) && Files.isReadable(settings.directory());
    }

    private DeviceStatus missing() {
        return DeviceStatus.of(DeviceState.OFFLINE, null, "capture folder " + settings.directory() + " missing or unreadable");
    }

    private List<Path> images() {
        try (Stream<Path> files = Files.list(settings.directory())) {
            return files.filter(FolderDocumentCamera::looksLikeImage).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean looksLikeImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png"));
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean delete(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("document camera {}: cannot delete {}: {}", id(), p.getFileName(), e.getMessage());
            return false;
        }
    }

    private static void sleep(Duration d) throws DeviceException {
        try {
            TimeUnit.NANOSECONDS.sleep(d.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(CaptureFailure.TIMEOUT, "capture interrupted");
        }
    }

    @Override
    public HealthReport checkHealth() {
        boolean there = folderThere();
        if (isOpen() && status().state() != DeviceState.BUSY) {
            updateStatus(there ? DeviceStatus.of(DeviceState.READY) : missing());
        }
        return new HealthReport(there && status().state().isUsable(), status(),
                there ? "capture folder present" : "capture folder missing",
                Map.of("directory", settings.directory().toString(), "waiting", Integer.toString(images().size())));
    }

    /** A file as seen at one poll: its size and time, and since when it looked like that. */
    private record Seen(Path path, long size, long modified, long since) {
        static Seen of(Path p, long now) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return new Seen(p, a.size(), a.lastModifiedTime().toMillis(), now);
            } catch (IOException e) {
                return null;
            }
        }

        boolean sameFile(Seen other) {
            return path.equals(other.path) && size == other.size && modified == other.modified;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Seen s && sameFile(s);
        }

        @Override
        public int hashCode() {
            return path.hashCode() * 31 + Long.hashCode(size);
        }
    }
}
