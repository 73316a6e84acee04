package zwfw.kiosk.app.cli.docprinter;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.docprinter.DocumentJob;
import zwfw.kiosk.drivers.docprinter.DocumentPrintResult;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.JobOutcome;
import zwfw.kiosk.drivers.docprinter.JobProgress;

/** Prints one document, shows its progress and ends with its result, the way test and print share. */
final class JobRun {
    private JobRun() {
    }

    static void print(DocumentPrinter printer, byte[] pdf, int copies, String title, Duration wait, boolean json, PrintWriter out) {
        long start = System.nanoTime();
        DocumentJob job = printer.print(pdf, copies, title);
        if (!json) {
            job.onProgress(p -> {
                if (p.phase() != JobProgress.Phase.ENDED) {
                    out.printf("%s %d/%d pages%s%n", p.phase(), p.pagesDone(), p.pagesTotal(),
                            p.reasons().isEmpty() ? "" : " " + p.reasons());
                    out.flush();
                }
            });
        }
        DocumentPrintResult r = job.await(wait).orElseThrow(() -> new CliFailure(DocPrinterOptions.EXIT_JOB_FAILED,
                "no end within " + wait.toSeconds() + " s; the job is still at the printer"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (r.outcome() == JobOutcome.REFUSED) {
            throw new CliFailure(DocPrinterOptions.EXIT_REFUSED, "not printed: " + r.refusal());
        }
        if (!r.isCompleted()) {
            throw new CliFailure(DocPrinterOptions.EXIT_JOB_FAILED, "job " + r.jobIds() + ": " + r.summary());
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", r.outcome().name());
            m.put("jobIds", r.jobIds());
            m.put("pages", r.pagesTotal());
            m.put("copies", copies);
            m.put("millis", millis);
            m.put("printer", DocPrinterStatusCommand.asMap(r.printer()));
            JsonOutput.print(out, m);
        } else {
            out.printf("printed: %d page(s), %d copies, job %s, %d ms%n", r.pagesTotal(), copies, r.jobIds(), millis);
            out.flush();
        }
    }
}
