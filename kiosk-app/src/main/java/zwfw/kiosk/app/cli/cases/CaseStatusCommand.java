package zwfw.kiosk.app.cli.cases;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.time.ShownTime;
import zwfw.kiosk.app.cli.platform.KioskBackend;
import zwfw.kiosk.app.cli.platform.PlatformOptions;
import zwfw.kiosk.core.platform.CaseProgress;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.kiosk.core.platform.PlatformResult;

/** {@code kioskctl case status CASENO}: the platform's progress of a case. Exit 4 unknown, 3 platform unreachable. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Ask the platform where a case stands.")
public final class CaseStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PlatformOptions platform;

    @Parameters(index = "0", paramLabel = "CASENO", description = "The case number, e.g. SA20261124000123.")
    String caseNo;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (KioskBackend backend = KioskBackend.open(platform)) {
            PlatformResult<CaseProgress> r = backend.client.caseStatus(caseNo);
            if (r instanceof PlatformResult.Ok<CaseProgress> ok) {
                PrintWriter out = spec.commandLine().getOut();
                ZoneId zone = backend.clock.getZone(); // the platform's times, shown in the configured zone
                CaseProgress p = ok.value();
                if (json) {
                    JsonOutput.print(out, new CaseProgress(p.caseNo(), p.serviceCode(), p.status(), ShownTime.json(p.updatedAt(), zone),
                            p.history().stream().map(h -> new CaseProgress.StatusChange(h.status(), ShownTime.json(h.at(), zone), h.note()))
                                    .toList()));
                } else {
                    out.println(p.caseNo() + " " + p.serviceCode() + " " + p.status() + " (" + ShownTime.human(p.updatedAt(), zone) + ")");
                    p.history().forEach(h -> out.println("  " + ShownTime.human(h.at(), zone) + " " + h.status() + " " + h.note()));
                    out.flush();
                }
                return 0;
            }
            PlatformError e = r.error();
            throw new CliFailure(e.kind() == PlatformError.Kind.NOT_FOUND ? 4 : 3,
                    e.kind().plainEnglish() + " (" + e.summary() + ")");
        }
    }
}
