package zwfw.kiosk.core.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import zwfw.kiosk.core.catalog.Catalog;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.outbox.CaseSubmitter;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.visit.Speaker;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.Visit;
import zwfw.kiosk.core.visit.VisitEffects;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.visit.VisitRules;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterDrivers;
import zwfw.kiosk.drivers.docprinter.ipp.TestCups;

/**
 * Benchmark, not a test (prints figures, asserts nothing; never run by {@code mvn verify}): the time from 确认提交
 * to the job completed for a 2-page 个人参保证明 through a real CUPS to cups-pdf, and the share of it spent in our
 * code. The real visit (rules, effects, outbox in SQLite, delivery worker), the simulator over HTTP on 127.0.0.1,
 * {@link DocumentPrinting} and the {@code ipp} driver; no screen. Needs root and the Debian packages cups and
 * printer-driver-cups-pdf (it starts its own cupsd, like the tests). Run: {@code bin/bench --only certificate}.
 * The argument is the number of visits (default 10),
 * after 2 for warm-up. Shares: the platform's is the simulator's own handling time (submit, certificate
 * rendering, fetch), CUPS's is from the job sent to CUPS saying {@code completed} (polled every 100 ms, so up
 * to 100 ms of it is the poll's granularity); ours is the rest: the rules, the outbox commit, the delivery
 * worker, HTTP on loopback, the PDF check, the IPP request.
 */
public final class CertificatePrintBenchmark {
    private CertificatePrintBenchmark() {
    }

    /** One visit's figures, in milliseconds. */
    record Run(double totalMs, double submitMs, double platformMs, double fetchMs, double sendMs, double cupsMs, int pages) {
        double oursMs() {
            return totalMs - platformMs - cupsMs;
        }
    }

    public static void main(String[] args) throws Exception {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        TestCups.assumeAvailable();
        Path dir = Files.createTempDirectory("cert-bench");
        try (TestCups cups = TestCups.start(); KioskFixture k = new KioskFixture(dir, KioskFixture.SECRET, DocumentPrintingTest.PATIENT)) {
            DocumentPrinter printer = (DocumentPrinter) DocumentPrinterDrivers.registerAll(new DeviceRegistry()).create(
                    new DeviceConfig("a4", DeviceKind.DOCUMENT_PRINTER, "ipp", Map.of("uri",
                            cups.uris(TestCups.PDF_QUEUE).queue().toString(), "pollMillis", 100, "jobTimeoutSeconds", 120)));
            printer.open();
            printer.enable();
            DeliveryWorker worker = new DeliveryWorker(k.outbox, k.client, zwfw.kiosk.core.platform.Backoff.standard(),
                    java.time.Duration.ofMinutes(5), OutboxListener.NONE, java.time.Clock.systemUTC());
            worker.start();
            Visit visit = new Visit(new VisitRules(false));
            AtomicLong answeredAt = new AtomicLong();
            visit.subscribe(c -> {
                if (c.cause() instanceof VisitEvent.CaseAnswered) {
                    answeredAt.set(System.nanoTime());
                }
            });
            AtomicReference<DocumentPrinting.Timing> timing = new AtomicReference<>();
            try (VisitEffects effects = new VisitEffects(visit, k.outbox, new CaseSubmitter(k.outbox, worker), new QrLogin(k.client),
                    null, new VisitEffects.Kiosk(KioskFixture.KIOSK, "基准测试中心", Clock.systemDefaultZone()), Speaker.SILENT);
                 DocumentPrinting documents = new DocumentPrinting(visit::accept, k.client::fetchDocument, printer)) {
                visit.effectsTo(effects.andThen(documents));
                documents.onTiming(timing::set);
                documents.connect();
                ServiceItem certificate = Catalog.parse(k.client.catalog(null).value().body()).service("RS-0001").orElseThrow();
                // a person whose contribution record fills 2 pages
                Person person = new Person(KioskFixture.NAME, IdType.RESIDENT_ID, KioskFixture.ID_NUMBER, null);
                List<Run> runs = new ArrayList<>();
                for (int i = 0; i < visits + 2; i++) {
                    visit.accept(new VisitEvent.CardRead(person));
                    visit.accept(new VisitEvent.Touched(new Action.ChooseService(certificate)));
                    visit.accept(new VisitEvent.Touched(new Action.FormDone(Map.of("purpose", "个人证明"))));
                    timing.set(null);
                    long platform0 = k.sim.handlingNanos();
                    long t0 = System.nanoTime();
                    visit.accept(new VisitEvent.Touched(new Action.Confirm()));
                    while (!(visit.state().step() instanceof Step.Result r && r.documents().state() != Step.Receipt.PRINTING
                            && r.documents().state() != Step.Receipt.NONE) && System.nanoTime() - t0 < Duration.ofMinutes(3).toNanos()) {
                        Thread.onSpinWait();
                    }
                    long t1 = System.nanoTime();
                    Step.Result result = (Step.Result) visit.state().step();
                    if (result.documents().state() != Step.Receipt.PRINTED) {
                        throw new IllegalStateException("not printed: " + result.documents());
                    }
                    DocumentPrinting.Timing t = timing.get();
                    Run run = new Run(ms(t1 - t0), ms(answeredAt.get() - t0), ms(k.sim.handlingNanos() - platform0),
                            ms(t.fetchNanos()), ms(t.sendNanos()), ms(t.jobNanos()), t.pages());
                    visit.accept(new VisitEvent.Touched(new Action.Finish()));
                    if (i >= 2) {
                        runs.add(run);
                        System.out.printf("visit %2d: %6.0f ms total (submit %5.0f, fetch %4.0f, send to CUPS %4.0f, CUPS %5.0f; "
                                + "platform %5.0f, ours %5.0f), %d pages%n", i - 1, run.totalMs(), run.submitMs(), run.fetchMs(),
                                run.sendMs(), run.cupsMs(), run.platformMs(), run.oursMs(), run.pages());
                    }
                }
                report(runs);
            } finally {
                worker.close();
                printer.close();
            }
        }
    }

    private static void report(List<Run> runs) {
        double total = median(runs.stream().mapToDouble(Run::totalMs).toArray());
        double platform = median(runs.stream().mapToDouble(Run::platformMs).toArray());
        double cups = median(runs.stream().mapToDouble(Run::cupsMs).toArray());
        double ours = median(runs.stream().mapToDouble(Run::oursMs).toArray());
        System.out.printf("%n%d visits, medians: 确认提交 → job completed %.0f ms; platform (simulator) %.0f ms (%.0f %%), "
                        + "CUPS + cups-pdf %.0f ms (%.0f %%), our code %.0f ms (%.0f %%); %d pages%n",
                runs.size(), total, platform, 100 * platform / total, cups, 100 * cups / total, ours, 100 * ours / total,
                runs.get(0).pages());
        // bin/bench reads these lines (figure | value | unit | target): one per visit, it takes their median and spread
        for (Run r : runs) {
            System.out.printf(java.util.Locale.ROOT, "figure: certificate, confirm to printed (%d pages, CUPS to cups-pdf) | %.0f | ms | -%n",
                    r.pages(), r.totalMs());
            System.out.printf(java.util.Locale.ROOT, "figure: certificate, our code's part of it | %.0f | ms | -%n", r.oursMs());
            System.out.printf(java.util.Locale.ROOT, "figure: certificate, the platform's part (simulator renders the PDF) | %.0f | ms | -%n",
                    r.platformMs());
        }
    }

    private static double median(double[] v) {
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
