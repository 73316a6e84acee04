package zwfw.kiosk.app.screen.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.outbox.OutboxEntry;
import zwfw.kiosk.core.platform.CaseProgress;
import zwfw.kiosk.core.platform.PlatformResult;
import zwfw.kiosk.core.scan.ScanClassifier;
import zwfw.kiosk.core.scan.ScanKind;
import zwfw.kiosk.core.scan.ScanMeaning;

/**
 * 办件进度查询: the citizen scans the receipt's QR code or types the case number; the kiosk asks the
 * platform (off the FX thread) and says the status and its history in plain words. A receipt of a
 * case still waiting in this kiosk's outbox says so instead.
 */
public final class ProgressViewModel {
    private final Messages messages;
    private final Function<String, PlatformResult<CaseProgress>> platform;
    private final Function<String, Optional<OutboxEntry>> outbox;
    private final Executor work;
    private final StringProperty caseNo = new SimpleStringProperty("");
    private final StringProperty problemKey = new SimpleStringProperty("");
    private final ObjectProperty<CaseProgress> progress = new SimpleObjectProperty<>();
    private final BooleanProperty asking = new SimpleBooleanProperty(false);

    public ProgressViewModel(Messages messages, Function<String, PlatformResult<CaseProgress>> platform,
                             Function<String, Optional<OutboxEntry>> outbox, Executor work) {
        this.messages = messages;
        this.platform = platform;
        this.outbox = outbox;
        this.work = work;
    }

    public StringBinding title() {
        return messages.text("progress.title");
    }

    public StringBinding prompt() {
        return messages.text("progress.prompt");
    }

    public StringBinding queryText() {
        return messages.text("progress.query");
    }

    public StringProperty caseNoProperty() {
        return caseNo;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public StringBinding problem() {
        return messages.compute(() -> problemKey.get().isEmpty() ? "" : messages.get(problemKey.get()), problemKey);
    }

    /** "已受理 → 审核中" as a headline: the current status in plain words. */
    public StringBinding status() {
        return messages.compute(() -> progress.get() == null ? ""
                : messages.get("progress.current", progress.get().caseNo(), word(progress.get().status())), progress);
    }

    /** One line per step, oldest first: time and plain words. */
    public StringBinding history() {
        return messages.compute(() -> {
            CaseProgress p = progress.get();
            if (p == null || p.history() == null) {
                return "";
            }
            List<String> lines = new ArrayList<>();
            for (CaseProgress.StatusChange c : p.history()) {
                String at = c.at() == null ? "" : c.at().replace('T', ' ');
                lines.add((at.length() >= 16 ? at.substring(0, 16) : at) + "  " + word(c.status()));
            }
            return String.join("\n", lines);
        }, progress);
    }

    private String word(String status) {
        try {
            return messages.get("progress.status." + status);
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    /** A code from the scanner: a receipt's QR code (platform link or local reference) or a typed-in number. */
    public void scanned(String text) {
        ScanMeaning m = new ScanClassifier().classify(text);
        if (m.kind() == ScanKind.CASE_QUERY) {
            caseNo.set(m.caseNo());
            query();
        } else if (m.kind() == ScanKind.LOCAL_CASE) {
            asking.set(true);
            work.execute(() -> {
                Optional<OutboxEntry> entry = outbox.apply(m.clientCaseId()); // read here, never on the FX thread
                Optional<String> no = entry.map(OutboxEntry::caseNo);
                Platform.runLater(() -> {
                    asking.set(false);
                    if (no.isPresent()) {
                        caseNo.set(no.get());
                        query();
                    } else {
                        progress.set(null);
                        problemKey.set(entry.isPresent() ? "progress.stillQueued" : "progress.notFound");
                    }
                });
            });
        } else {
            problemKey.set("progress.notAReceipt");
        }
    }

    public void query() {
        String no = caseNo.get() == null ? "" : caseNo.get().trim();
        if (no.isEmpty()) {
            problemKey.set("progress.enterNumber");
            return;
        }
        problemKey.set("");
        asking.set(true);
        work.execute(() -> {
            PlatformResult<CaseProgress> r = platform.apply(no);
            Platform.runLater(() -> {
                asking.set(false);
                if (r.isOk()) {
                    progress.set(r.value());
                } else {
                    progress.set(null);
                    problemKey.set(r.error().status() == 404 ? "progress.notFound" : "progress.unavailable");
                }
            });
        });
    }
}
