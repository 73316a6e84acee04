package zwfw.kiosk.app.cli.docprinter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.JobTitles;
import zwfw.kiosk.drivers.docprinter.PdfCheck;

/**
 * {@code kioskctl docprinter print FILE}: prints a PDF file. The file is checked before it is
 * read: a regular file, at most {@link DocumentPrinter#MAX_DOCUMENT_BYTES} bytes, starting with
 * {@code %PDF-}. The job title is neutral ({@code --title}, never the file's name).
 */
@Command(name = "print", mixinStandardHelpOptions = true, description = "Print a PDF file and follow the job.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:no printer configured, or bad settings", "2:bad file or option",
                "3:refused before sending (paper out, stopped …)", "4:sent but not completed"})
public final class DocPrinterPrintCommand implements Runnable {

    @Mixin
    DocPrinterOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "the PDF to print")
    Path file;

    @Bounded(min = 1, max = DocumentPrinter.MAX_COPIES)
    @Option(names = "--copies", defaultValue = "1", paramLabel = "N", description = "copies, 1-" + DocumentPrinter.MAX_COPIES + " (default: ${DEFAULT-VALUE})")
    int copies;

    @Option(names = "--title", defaultValue = "kioskctl-print", paramLabel = "TITLE",
            description = "job title: A-Z a-z 0-9 . _ - and space (default: ${DEFAULT-VALUE})")
    String title;

    @Bounded(min = 1, max = 3600, unit = "seconds")
    @Option(names = "--wait", defaultValue = "120", paramLabel = "SECONDS", description = "how long to follow the job (default: ${DEFAULT-VALUE})")
    int waitSeconds;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        try {
            JobTitles.require(title);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(DocPrinterOptions.EXIT_USAGE, "--title: " + e.getMessage());
        }
        byte[] pdf = read(file);
        try (DocumentPrinter printer = options.open()) {
            JobRun.print(printer, pdf, copies, title, Duration.ofSeconds(waitSeconds), json, spec.commandLine().getOut());
        } finally {
            java.util.Arrays.fill(pdf, (byte) 0);
        }
    }

    /** Reads a PDF after checking that it is a regular file within the limit ({@link InputFiles}) and starts like a PDF. */
    static byte[] read(Path file) {
        InputFiles.check(file, DocumentPrinter.MAX_DOCUMENT_BYTES, DocPrinterOptions.EXIT_USAGE);
        try (InputStream in = Files.newInputStream(file)) {
            if (!PdfCheck.startsWithMagic(in.readNBytes(5))) {
                throw new CliFailure(DocPrinterOptions.EXIT_USAGE, file + ": not a PDF (does not start with %PDF-)");
            }
        } catch (IOException e) {
            throw new CliFailure(DocPrinterOptions.EXIT_USAGE, file + ": unreadable (" + e.getMessage() + ")");
        }
        return InputFiles.read(file, DocumentPrinter.MAX_DOCUMENT_BYTES, DocPrinterOptions.EXIT_USAGE);
    }
}
