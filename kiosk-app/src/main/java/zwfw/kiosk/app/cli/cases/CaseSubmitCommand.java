package zwfw.kiosk.app.cli.cases;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.cli.platform.KioskBackend;
import zwfw.kiosk.app.cli.platform.PlatformOptions;
import zwfw.kiosk.core.cases.CaseDraft;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.form.FieldProblem;
import zwfw.kiosk.core.form.FormCheck;
import zwfw.kiosk.core.form.FormMessages;
import zwfw.kiosk.core.form.TextLimits;
import zwfw.kiosk.core.attachment.PageEncoder;
import zwfw.kiosk.core.outbox.CaseSubmitter;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Attachment;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;

/**
 * {@code kioskctl case submit}: the screen's path exactly — check the form against the catalog,
 * commit to the outbox, then let delivery try. Exit 0 when delivered or queued, 4 when rejected.
 */
@Command(name = "submit", mixinStandardHelpOptions = true, description = "Submit a case through the outbox (as the screen does).")
public final class CaseSubmitCommand implements Callable<Integer> {
    static final int REJECTED_EXIT = 4;
    /** §3: at most 10 attachments per case. */
    static final int MAX_ATTACHMENTS = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    PlatformOptions platform;

    @Option(names = "--service", required = true, description = "Service code from the catalog, e.g. RS-0001.")
    String service;

    @Option(names = "--name", required = true, description = "Applicant's name.")
    String name;

    @Option(names = "--id-number", required = true, description = "Applicant's ID number.")
    String idNumber;

    @Option(names = "--id-type", defaultValue = "RESIDENT_ID", description = "RESIDENT_ID, FOREIGN_PERMANENT_ID, HMT_RESIDENCE_PERMIT, PASSPORT or OTHER.")
    IdType idType;

    @Option(names = "--phone", description = "Applicant's mobile number.")
    String phone;

    @Option(names = "--form", description = "A form field, key=value (repeatable).")
    Map<String, String> form = new java.util.LinkedHashMap<>();

    @Option(names = "--attach", paramLabel = "FILE", description = "A scanned document to attach, at most 5 MiB, at most 10 (repeatable; refer to it in an attachment field by its file name).")
    List<java.nio.file.Path> attach = new ArrayList<>();

    @Bounded(min = 0, max = 3600, unit = "seconds")
    @Option(names = "--wait", defaultValue = "10", description = "Seconds to wait for the platform before reporting QUEUED (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** What is printed: no personal data. */
    record Printed(String clientCaseId, String state, String caseNo, String message) {
    }

    @Override
    public Integer call() {
        Person applicant = CaseDraft.person(name, idType, idNumber, phone);
        Optional<String> personProblem = CaseDraft.personProblem(applicant);
        if (personProblem.isPresent()) {
            return print(new Printed(null, "REJECTED", null, personProblem.get()));
        }
        checkInputs();
        try (KioskBackend backend = KioskBackend.open(platform)) {
            backend.requireStorageKeyOpensQueuedCases();
            Optional<ServiceItem> item = backend.catalog.current().service(service);
            if (item.isEmpty()) {
                backend.catalog.sync();
                item = backend.catalog.current().service(service);
            }
            List<Attachment> attachments = new ArrayList<>();
            for (java.nio.file.Path file : attach) {
                attachments.add(readAttachment(file));
            }
            // The screen's case, built the same way: one CaseDraft (id, time in the configured zone, checked form).
            CaseDraft draft = item.isPresent()
                    ? CaseDraft.of(service, item.get().form(), applicant, null, form, Map.of(), attachments)
                    : CaseDraft.unknownService(service, applicant, textsWithinLimit(form), attachments); // not in our catalog: the platform judges (422)
            FormCheck check = draft.check();
            if (!check.ok()) {
                return print(new Printed(null, "REJECTED", null, describe(item.orElseThrow(), check.problems())));
            }
            CaseSubmission c = draft.submission(backend.kioskId, backend.clock);
            SubmitOutcome out = new CaseSubmitter(backend.outbox, backend.worker).submit(c, Duration.ofSeconds(waitSeconds));
            backend.outbox.visitEnded(c.clientCaseId()); // the command has no receipt to print: its "visit" ends here
            return print(new Printed(out.clientCaseId(), out.state().name(), out.caseNo(), out.message()));
        }
    }

    /** Bounds checked before anything is opened or read: attachment count, files, the form's text. */
    private void checkInputs() {
        if (attach.size() > MAX_ATTACHMENTS) {
            throw new CliFailure(2, "--attach: " + attach.size() + " files, the platform takes at most " + MAX_ATTACHMENTS + " per case");
        }
        for (java.nio.file.Path file : attach) {
            InputFiles.check(file, PageEncoder.CONTRACT_MAX_BYTES, 2);
            if (!TextLimits.within(file.getFileName().toString(), TextLimits.TEXT_MAX_CHARS)) {
                throw new CliFailure(2, "--attach: the file name is over " + TextLimits.TEXT_MAX_CHARS + " characters");
            }
        }
        form.forEach((k, v) -> {
            if (!TextLimits.within(k, TextLimits.TEXT_MAX_CHARS) || !TextLimits.within(v, TextLimits.TEXT_MAX_CHARS * 10)) {
                throw new CliFailure(2, "--form: a field name is over " + TextLimits.TEXT_MAX_CHARS
                        + " characters or a value over " + TextLimits.TEXT_MAX_CHARS * 10 + " (the form's own limits apply after)");
            }
        });
    }

    private static Attachment readAttachment(java.nio.file.Path file) {
        byte[] data = InputFiles.read(file, PageEncoder.CONTRACT_MAX_BYTES, 2);
        String type;
        try {
            type = java.nio.file.Files.probeContentType(file);
        } catch (java.io.IOException e) {
            type = null;
        }
        return Attachment.of(file.getFileName().toString(), type == null ? "application/octet-stream" : type, data);
    }

    private static String describe(ServiceItem item, List<FieldProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (FieldProblem p : problems) {
            String label = item.form().stream().filter(f -> f.name().equals(p.field())).findFirst()
                    .map(FormField::label).map(l -> l.in(Locale.CHINESE)).orElse(p.field());
            lines.add(FormMessages.render(p, label, Locale.CHINESE));
        }
        return String.join("; ", lines);
    }

    /** A service not in the catalog has no schema to bound its values: the contract's text limit then. */
    private static Map<String, String> textsWithinLimit(Map<String, String> raw) {
        raw.forEach((k, v) -> {
            if (!TextLimits.within(v, TextLimits.TEXT_MAX_CHARS)) {
                throw new CliFailure(2, "--form " + k + ": over " + TextLimits.TEXT_MAX_CHARS + " characters (the contract's limit for text)");
            }
        });
        return raw;
    }

    private int print(Printed p) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, p);
        } else {
            out.println(p.state() + (p.caseNo() == null ? "" : " " + p.caseNo())
                    + (p.clientCaseId() == null ? "" : " clientCaseId=" + p.clientCaseId()) + " " + p.message());
            out.flush();
        }
        return p.state().equals("REJECTED") ? REJECTED_EXIT : 0;
    }
}
