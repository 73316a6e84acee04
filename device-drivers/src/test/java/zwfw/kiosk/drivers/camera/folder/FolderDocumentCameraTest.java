package zwfw.kiosk.drivers.camera.folder;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.camera.CameraDrivers;
import zwfw.kiosk.drivers.camera.CaptureFailure;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.TestPictures;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.DeviceState;

/**
 * The folder driver against real files in a temporary directory, written by a second thread the
 * way a vendor's capture tool writes them (in pieces, with pauses, with junk beside them).
 */
class FolderDocumentCameraTest {
    @TempDir
    Path dir;
    private FolderDocumentCamera camera;

    @AfterEach
    void close() {
        if (camera != null) {
            camera.close();
        }
    }

    private FolderDocumentCamera started(Map<String, Object> extra) throws DeviceException {
        Map<String, Object> s = new HashMap<>(Map.of("directory", dir.toString(), "timeoutSeconds", 2, "stableMillis", 150,
                "pollMillis", 20));
        s.putAll(extra);
        camera = (FolderDocumentCamera) CameraDrivers.registerAll(new DeviceRegistry())
                .create(new DeviceConfig("camera", DeviceKind.DOCUMENT_CAMERA, "folder", s));
        camera.open();
        camera.enable();
        return camera;
    }

    /** Starts a capture on its own thread and returns once the driver is waiting for a picture. */
    private CompletableFuture<CapturedImage> captureInBackground() {
        CompletableFuture<CapturedImage> f = CompletableFuture.supplyAsync(() -> {
            try {
                return camera.capture();
            } catch (DeviceException e) {
                throw new CompletionException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> camera.status().state() == DeviceState.BUSY || f.isDone());
        return f;
    }

    private static DeviceException failure(CompletableFuture<CapturedImage> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            return (DeviceException) e.getCause();
        }
        throw new AssertionError("the capture should have failed");
    }

    @Test
    void aPictureWrittenInTwoHalvesWithAPauseIsTakenOnlyWhenComplete() throws Exception {
        started(Map.of());
        byte[] picture = TestPictures.page("jpg", 640, 900);
        CompletableFuture<CapturedImage> capture = captureInBackground();
        CountDownLatch halfSeen = new CountDownLatch(1);
        Thread tool = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(dir.resolve("IMG_0001.jpg"))) {
                out.write(picture, 0, picture.length / 2);
                out.flush();
                // pause longer than stableMillis: the half file looks settled, but is not complete
                halfSeen.await(5, TimeUnit.SECONDS);
                out.write(picture, picture.length / 2, picture.length - picture.length / 2);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        tool.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(dir.resolve("IMG_0001.jpg"))
                && Files.size(dir.resolve("IMG_0001.jpg")) == picture.length / 2);
        // the driver looks at the settled half file (longer than stableMillis) and never takes it
        await("a half-written picture must not be taken").during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
                .until(() -> !capture.isDone());
        halfSeen.countDown();
        CapturedImage img = capture.get(5, TimeUnit.SECONDS);
        tool.join();
        assertArrayEquals(picture, img.data());
        assertEquals(CapturedImage.JPEG, img.contentType());
        assertEquals(640, img.width());
        assertEquals(900, img.height());
        assertFalse(Files.exists(dir.resolve("IMG_0001.jpg")), "the picture is deleted once read");
        assertEquals(DeviceState.READY, camera.status().state());
    }

    @Test
    void picturesFromBeforeTheCaptureAreIgnoredAndTheNewestNewOneIsTaken() throws Exception {
        Files.write(dir.resolve("old.png"), TestPictures.page("png", 100, 100));
        started(Map.of("deleteAfterCapture", false));
        CompletableFuture<CapturedImage> capture = captureInBackground();
        byte[] fresh = TestPictures.page("png", 210, 297);
        Files.write(dir.resolve("scan.tmp"), "partial".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("new.png"), fresh);
        CapturedImage img = capture.get(5, TimeUnit.SECONDS);
        assertArrayEquals(fresh, img.data());
        assertEquals(CapturedImage.PNG, img.contentType());
        assertTrue(Files.exists(dir.resolve("old.png")) && Files.exists(dir.resolve("new.png")), "kept when configured to");
    }

    @Test
    void picturesLeftInTheFolderAreRemovedWhenTheCameraOpens() throws Exception {
        Files.write(dir.resolve("left-over.jpg"), TestPictures.page("jpg", 100, 100));
        Files.write(dir.resolve("notes.txt"), "x".getBytes(StandardCharsets.UTF_8));
        started(Map.of());
        assertFalse(Files.exists(dir.resolve("left-over.jpg")));
        assertTrue(Files.exists(dir.resolve("notes.txt")), "only pictures are removed");
    }

    @Test
    void aFileWithAnImageNameThatIsNotAnImageIsReportedAsBadImage() throws Exception {
        started(Map.of("timeoutSeconds", 1));
        CompletableFuture<CapturedImage> capture = captureInBackground();
        Files.write(dir.resolve("IMG_0002.jpg"), "<html>error 500</html>".getBytes(StandardCharsets.UTF_8));
        DeviceException e = failure(capture);
        assertEquals(CaptureFailure.BAD_IMAGE, e.code());
        assertTrue(e.getMessage().contains("IMG_0002.jpg"), e.getMessage());
    }

    @Test
    void aHugeFileOrAPictureDeclaringBillionsOfPixelsIsABadImageNotRead() throws Exception {
        started(Map.of("timeoutSeconds", 1));
        CompletableFuture<CapturedImage> capture = captureInBackground();
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("huge.jpg").toFile(), "rw")) {
            f.setLength(FolderDocumentCamera.MAX_PICTURE_BYTES + 1); // sparse: only its size is large
        }
        DeviceException e = failure(capture);
        assertEquals(CaptureFailure.BAD_IMAGE, e.code());
        assertTrue(e.getMessage().contains("within " + FolderDocumentCamera.MAX_PICTURE_BYTES + " bytes"), e.getMessage());
        Files.delete(dir.resolve("huge.jpg"));

        capture = captureInBackground();
        Files.write(dir.resolve("bomb.png"), pngDeclaring(20_000, 20_000));
        e = failure(capture);
        assertEquals(CaptureFailure.BAD_IMAGE, e.code());
        assertTrue(e.getMessage().contains("bomb.png"), e.getMessage());
    }

    /** A complete, tiny PNG whose header declares width × height (its pixel data would inflate to that). */
    private static byte[] pngDeclaring(int width, int height) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        java.util.zip.Deflater d = new java.util.zip.Deflater(9);
        d.setInput(new byte[width + 1]);
        d.finish();
        byte[] buf = new byte[4096];
        int n = d.deflate(buf);
        d.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws java.io.IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(t);
        out.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void nothingArrivingIsATimeoutThatSaysWhatToCheck() throws Exception {
        started(Map.of("timeoutSeconds", 1));
        CompletableFuture<CapturedImage> capture = captureInBackground();
        Files.write(dir.resolve("log.txt"), "not a picture name".getBytes(StandardCharsets.UTF_8));
        DeviceException e = failure(capture);
        assertEquals(CaptureFailure.TIMEOUT, e.code());
        assertTrue(e.getMessage().contains("capture tool"), e.getMessage());
    }

    @Test
    void aPictureOfTheEmptyPlatformIsNoPaper() throws Exception {
        started(Map.of());
        CompletableFuture<CapturedImage> capture = captureInBackground();
        Files.write(dir.resolve("empty.jpg"), TestPictures.emptyPlatform("jpg", 800, 600));
        assertEquals(CaptureFailure.NO_PAPER, failure(capture).code());
        assertFalse(Files.exists(dir.resolve("empty.jpg")));
    }

    @Test
    void aMissingFolderIsOfflineAndComesBackWhenItAppears() throws Exception {
        Path gone = dir.resolve("camera-out");
        camera = (FolderDocumentCamera) CameraDrivers.registerAll(new DeviceRegistry()).create(new DeviceConfig("camera",
                DeviceKind.DOCUMENT_CAMERA, "folder", Map.of("directory", gone.toString(), "timeoutSeconds", 1)));
        camera.open();
        camera.enable();
        assertEquals(DeviceState.OFFLINE, camera.status().state());
        try {
            camera.capture();
            throw new AssertionError("no folder, no picture");
        } catch (DeviceException e) {
            assertEquals(CaptureFailure.NOT_CONNECTED, e.code());
        }
        Files.createDirectory(gone);
        assertTrue(camera.checkHealth().healthy());
        assertEquals(DeviceState.READY, camera.status().state());
    }

    @Test
    void aFolderCameraWithoutItsDirectoryIsABadSettingNamingIt() {
        DeviceException e = org.junit.jupiter.api.Assertions.assertThrows(DeviceException.class, () -> CameraDrivers.registerAll(
                new DeviceRegistry()).create(new DeviceConfig("camera", DeviceKind.DOCUMENT_CAMERA, "folder", Map.of())));
        assertEquals("BAD_SETTINGS", e.code());
        assertTrue(e.getMessage().contains("setting directory: missing required setting"), e.getMessage());
    }

    @Test
    void aTriggerCommandMakesTheToolWriteThePicture() throws Exception {
        Path source = dir.resolve("source");
        Files.createDirectory(source);
        byte[] picture = TestPictures.page("jpg", 300, 420);
        Files.write(source.resolve("p.jpg"), picture);
        Path out = dir.resolve("out");
        Files.createDirectory(out);
        camera = (FolderDocumentCamera) CameraDrivers.registerAll(new DeviceRegistry()).create(new DeviceConfig("camera",
                DeviceKind.DOCUMENT_CAMERA, "folder", Map.of("directory", out.toString(), "stableMillis", 50, "pollMillis", 20,
                "triggerCommand", List.of("cp", source.resolve("p.jpg").toString(), out.resolve("capture.jpg").toString()))));
        camera.open();
        camera.enable();
        assertArrayEquals(picture, camera.capture().data());
    }
}
