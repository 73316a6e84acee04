package zwfw.kiosk.app.cli.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.cli.audit.CliAudit;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.app.wiring.KioskDiagnostics;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.diagnostics.BundleSaver.SavedBundle;
import zwfw.kiosk.core.diagnostics.DiagnosticsSaver;
import zwfw.kiosk.core.diagnostics.RemovableMedia;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.storage.KioskDatabase;

/** {@code kioskctl diag bundle [--out FILE]}: the diagnostics bundle, without personal data or secrets. */
@Command(name = "diag", description = "Diagnostics for whoever supports the kiosk.", mixinStandardHelpOptions = true,
        subcommands = DiagCommand.Bundle.class)
public final class DiagCommand {

    @Command(name = "bundle", mixinStandardHelpOptions = true,
            description = "Save one zip with the masked logs, the configuration without secrets or PIN hashes, device states, "
                    + "versions, outbox statistics and the audit log: to FILE, else to a USB stick that is mounted, else under "
                    + "DATA_DIR/diagnostics/.")
    static final class Bundle implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the zip here (replaced if it exists).")
        Path out;

        @Option(names = "--json", description = "Print JSON: {file, removableMedia, bytes}.")
        boolean json;

        record Printed(String file, boolean removableMedia, long bytes) {
        }

        @Override
        public Integer call() {
            if (out != null && (Files.isDirectory(out) || out.toAbsolutePath().getParent() == null
                    || !Files.isDirectory(out.toAbsolutePath().getParent()))) {
                throw new CliFailure(2, "--out: " + out + " must be a file in an existing directory");
            }
            KioskConfig c = config.load();
            SavedBundle saved;
            try (KioskDatabase db = KioskDatabase.open(c.dataDir(), KioskAssembly.migrations())) {
                Outbox outbox = new Outbox(db, c.secrets().storageKey(), c.clock(), c.personalDataBackstop());
                DiagnosticsSaver saver = KioskDiagnostics.withoutDevices(c, db, outbox, RemovableMedia.system());
                try {
                    saved = out == null ? saver.save() : saver.saveTo(out.toAbsolutePath());
                } catch (IOException e) {
                    throw new CliFailure(1, "cannot write the diagnostics bundle: " + e.getMessage());
                }
                CliAudit.record(db, c.clock(), AuditAction.DIAGNOSTICS_BUNDLE, "saved to " + saved.file()
                        + (saved.onRemovableMedia() ? " (removable medium)" : ""));
            }
            PrintWriter w = spec.commandLine().getOut();
            Printed p = new Printed(saved.file().toString(), saved.onRemovableMedia(), saved.bytes());
            if (json) {
                JsonOutput.print(w, p);
            } else {
                w.println("diagnostics bundle saved to " + p.file() + " (" + p.bytes() + " bytes"
                        + (p.removableMedia() ? ", removable medium" : "") + ")");
                w.flush();
            }
            return 0;
        }
    }
}
