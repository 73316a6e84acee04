package zwfw.kiosk.app.cli.camera;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.wiring.KioskDrivers;
import zwfw.kiosk.core.attachment.EncodedPage;
import zwfw.kiosk.core.attachment.PageEncoder;
import zwfw.kiosk.drivers.camera.CaptureFailure;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;

/**
 * {@code kioskctl camera capture --out FILE}: takes one picture with the configured document camera
 * (or {@code --folder DIR}, or {@code --simulated}) and writes it to FILE, with what the kiosk would
 * send for it (size after re-encoding within 5 MiB). The file shows someone's papers if a real
 * document lay there: delete it once checked.
 */
@Command(name = "capture",
        description = "Take one picture with the document camera and write it to a file.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:a picture was taken and written",
                "1:no camera configured, or it is not connected (folder missing, capture tool not starting)",
                "2:no picture in time, or nothing lies under the camera",
                "3:the capture tool wrote something that is not a complete PNG or JPEG",
                "4:the output file cannot be written"})
public final class CameraCaptureCommand implements Runnable {
    static final int EXIT_NOT_CONNECTED = 1;
    static final int EXIT_NO_PICTURE = 2;
    static final int EXIT_BAD_IMAGE = 3;
    static final int EXIT_WRITE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the picture.")
    Path out;

    @Option(names = "--folder", paramLabel = "DIR", description = "Use the folder driver on DIR instead of the configured camera.")
    Path folder;

    @Option(names = "--simulated", description = "Use the simulated camera (renders a sample A4 page).")
    boolean simulated;

    @Bounded(min = 1, max = 3600, unit = "seconds")
    @Option(names = "--timeout", defaultValue = "20", paramLabel = "SECONDS", description = "How long to wait for a picture with --folder (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--as-sent", description = "Write the JPEG the kiosk would send (re-encoded within 5 MiB) instead of the camera's picture.")
    boolean asSent;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        DeviceConfig dc = cameraConfig();
        Device device;
        try {
            device = KioskDrivers.registry().create(dc);
        } catch (DeviceException e) {
            throw new CliFailure(EXIT_NOT_CONNECTED, "camera " + dc.id() + ": " + e.getMessage());
        }
        if (!(device instanceof DocumentCamera camera)) {
            throw new CliFailure(EXIT_NOT_CONNECTED, "device " + dc.id() + " is not a document camera");
        }
        CapturedImage picture;
        long started = System.nanoTime();
        try {
            camera.open();
            camera.enable();
            picture = camera.capture();
        } catch (DeviceException e) {
            throw new CliFailure(exitCode(e.code()), "camera " + dc.id() + " (" + dc.driver() + "): " + e.code() + ": " + e.getMessage());
        } finally {
            camera.close();
        }
        long captureMs = (System.nanoTime() - started) / 1_000_000;
        try {
            long encodeStart = System.nanoTime();
            EncodedPage sent = new PageEncoder().encode(picture.data());
            long encodeMs = (System.nanoTime() - encodeStart) / 1_000_000;
            byte[] written = asSent ? sent.jpeg() : picture.data();
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(out, written);
            } catch (IOException e) {
                throw new CliFailure(EXIT_WRITE, "cannot write " + out + ": " + e.getMessage());
            }
            print(dc, picture, sent, written.length, captureMs, encodeMs);
            sent.wipe();
        } finally {
            picture.wipe();
        }
    }

    private DeviceConfig cameraConfig() {
        if (folder != null) {
            InputFiles.checkDirectory(folder, EXIT_NOT_CONNECTED);
            return new DeviceConfig("camera", DeviceKind.DOCUMENT_CAMERA, "folder",
                    Map.of("directory", folder.toString(), "timeoutSeconds", timeoutSeconds, "deleteAfterCapture", true));
        }
        if (simulated) {
            return new DeviceConfig("camera", DeviceKind.DOCUMENT_CAMERA, "simulated", Map.of());
        }
        DeviceConfig configured = config.load().devices().stream().filter(d -> d.kind() == DeviceKind.DOCUMENT_CAMERA).findFirst()
                .orElseThrow(() -> new CliFailure(EXIT_NOT_CONNECTED, "no DOCUMENT_CAMERA in the devices of " + config.directory()
                        + "/kiosk.yaml (or use --folder DIR / --simulated)"));
        Map<String, Object> settings = new HashMap<>(configured.settings());
        return new DeviceConfig(configured.id(), configured.kind(), configured.driver(), settings);
    }

    private static int exitCode(String code) {
        return switch (code) {
            case CaptureFailure.NO_PAPER, CaptureFailure.TIMEOUT -> EXIT_NO_PICTURE;
            case CaptureFailure.BAD_IMAGE -> EXIT_BAD_IMAGE;
            default -> EXIT_NOT_CONNECTED;
        };
    }

    private void print(DeviceConfig dc, CapturedImage picture, EncodedPage sent, int written, long captureMs, long encodeMs) {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("camera", dc.id());
            m.put("driver", dc.driver());
            m.put("file", out.toString());
            m.put("bytesWritten", written);
            m.put("contentType", asSent ? EncodedPage.CONTENT_TYPE : picture.contentType());
            m.put("width", picture.width());
            m.put("height", picture.height());
            m.put("captureMillis", captureMs);
            m.put("sentBytes", sent.size());
            m.put("sentWidth", sent.width());
            m.put("sentHeight", sent.height());
            m.put("sentQuality", sent.quality());
            m.put("encodeMillis", encodeMs);
            JsonOutput.print(o, m);
        } else {
            o.printf("captured %dx%d %s (%d bytes) with camera %s (%s) in %d ms%n", picture.width(), picture.height(),
                    picture.contentType(), picture.data().length, dc.id(), dc.driver(), captureMs);
            o.printf("as sent: %dx%d JPEG quality %.2f, %d bytes (limit %d), encoded in %d ms%n", sent.width(), sent.height(),
                    sent.quality(), sent.size(), PageEncoder.CONTRACT_MAX_BYTES, encodeMs);
            o.printf("wrote %s (%d bytes); it may show someone's papers: delete it once checked%n", out, written);
        }
        o.flush();
    }
}
