package zwfw.kiosk.app.cli.qr;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.scanner.image.DecodedCode;
import zwfw.kiosk.drivers.scanner.image.ImageCodeDecoder;

/**
 * {@code kioskctl qr decode FILE}: every code found in an image; exit 2 when there is none, 1 when the
 * file is missing, not a regular file, over 64 MiB, not an image or declares over 100 megapixels (checked
 * from its header before any pixel is decoded).
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Print every QR code and barcode found in an image file (PNG, JPEG, BMP, GIF).")
public final class QrDecodeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The image file.")
    Path file;

    @Option(names = "--json", description = "One JSON object per code: {\"format\": …, \"text\": …}.")
    boolean json;

    @Override
    public void run() {
        List<DecodedCode> codes;
        byte[] image = InputFiles.read(file, ImageCodeDecoder.MAX_FILE_BYTES, 1);
        try {
            codes = new ImageCodeDecoder().decode(image, file.toString());
        } catch (IOException e) {
            throw new CliFailure(1, e.getMessage());
        }
        if (codes.isEmpty()) {
            throw new CliFailure(2, "no code found in " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (DecodedCode c : codes) {
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("format", c.format());
                o.put("text", c.text());
                JsonOutput.print(out, o);
            } else {
                out.println(c.format() + "\t" + c.text());
            }
        }
        out.flush();
    }
}
