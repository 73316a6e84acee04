package zwfw.kiosk.app.screen.maintenance.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.maintenance.MaintenanceSession;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.catalog.CatalogSync;
import zwfw.kiosk.core.diagnostics.BundleSaver;
import zwfw.kiosk.core.lifecycle.RestartRequest;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxEntry;
import zwfw.kiosk.core.outbox.OutboxStatus;

/**
 * The operations page: lock / unlock (audited), the outbox's waiting entries with 立即重试 (retry
 * now), catalog sync now, restart the application (the kiosk restarts as soon as no citizen is in a
 * visit, as for the platform's RESTART) and the diagnostics bundle. Every call off the FX thread.
 */
public final class OperationsViewModel {
    private static final Logger log = LoggerFactory.getLogger(OperationsViewModel.class);

    /** The service gate as this page needs it. */
    public interface Locks {
        boolean staffLocked();

        List<String> reasonKeys();

        CompletionStage<Void> lock();

        CompletionStage<Void> unlock();
    }

    private final Messages messages;
    private final Locks locks;
    private final Outbox outbox;
    private final DeliveryWorker delivery;
    private final CatalogSync catalog;
    private final RestartRequest restart;
    private final Optional<BundleSaver> diagnostics;
    private final MaintenanceSession session;
    private final Executor work;
    /** The kiosk's clock, which stamped the outbox's entries: their age is read against it. */
    private final java.time.Clock clock;
    private final BooleanProperty staffLocked = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty outboxText = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");

    public OperationsViewModel(Messages messages, Locks locks, Outbox outbox, DeliveryWorker delivery, CatalogSync catalog,
                               RestartRequest restart, Optional<BundleSaver> diagnostics, MaintenanceSession session, Executor work,
                               java.time.Clock clock) {
        this.messages = messages;
        this.locks = locks;
        this.outbox = outbox;
        this.delivery = delivery;
        this.catalog = catalog;
        this.restart = restart;
        this.diagnostics = diagnostics;
        this.session = session;
        this.work = work;
        this.clock = clock;
    }

    public BooleanProperty staffLockedProperty() {
        return staffLocked;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty outboxProperty() {
        return outboxText;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public boolean diagnosticsAvailable() {
        return diagnostics.isPresent();
    }

    public StringBinding text(String key) {
        return messages.text(key);
    }

    /** The lock state now (FX), and the outbox read off the FX thread. */
    public void refresh() {
        staffLocked.set(locks.staffLocked());
        List<String> keys = locks.reasonKeys().stream().filter(k -> !k.isEmpty()).toList();
        boolean onlyThisSession = !locks.staffLocked() && keys.stream().allMatch("outOfService.reason.staffLock"::equals);
        if (keys.isEmpty() || onlyThisSession) {
            status.set(messages.get("staff.status.inService"));
        } else {
            StringBuilder b = new StringBuilder(messages.get("staff.status.outOfService"));
            keys.stream().distinct().forEach(k -> b.append("\n· ").append(messages.get(k)));
            status.set(b.toString());
        }
        if (outbox == null) {
            return; // the back end did not start: locks only
        }
        work.execute(() -> {
            String text;
            try {
                text = describe(outbox.status());
            } catch (RuntimeException e) {
                text = messages.get("maint.ops.outboxUnreadable", e.getMessage());
            }
            String t = text;
            Platform.runLater(() -> outboxText.set(t));
        });
    }

    private String describe(OutboxStatus s) {
        StringBuilder b = new StringBuilder(messages.get("maint.ops.outboxDepth", s.depth()));
        Instant now = clock.instant();
        for (OutboxEntry e : s.entries().stream().limit(8).toList()) {
            b.append("\n#").append(e.seq()).append(' ').append(e.kind()).append(' ').append(e.serviceCode() == null ? "" : e.serviceCode())
                    .append(" · ").append(Duration.between(e.createdAt(), now).toMinutes()).append(" min · ")
                    .append(e.attempts()).append("× · ").append(e.lastError() == null ? "" : e.lastError());
        }
        return b.toString();
    }

    public void lock() {
        session.touched();
        locks.lock().whenComplete((ok, failed) -> done(failed, "staff.lockFailed", AuditAction.LOCK));
    }

    public void unlock() {
        session.touched();
        locks.unlock().whenComplete((ok, failed) -> done(failed, "staff.unlockFailed", AuditAction.UNLOCK));
    }

    private void done(Throwable failed, String failureKey, AuditAction action) {
        if (failed != null) {
            result.set(messages.get(failureKey));
        } else {
            result.set("");
            session.record(action, "maintenance screen");
        }
        refresh();
    }

    /** 立即重试: the delivery worker tries the waiting entries now instead of after its backoff. */
    public void retryNow() {
        session.touched();
        if (delivery == null) {
            return;
        }
        work.execute(() -> {
            delivery.wake();
            log.info("outbox: retry now asked on the maintenance screen");
            Platform.runLater(() -> {
                result.set(messages.get("maint.ops.retrying"));
                refresh();
            });
        });
    }

    public void syncCatalog() {
        session.touched();
        if (catalog == null) {
            return;
        }
        result.set(messages.get("maint.ops.syncing"));
        later(() -> {
            CatalogSync.Result r = catalog.sync();
            return messages.get("maint.ops.synced", r.outcome(), r.version(), r.error() == null ? "" : r.error().code());
        });
    }

    public void restart() {
        session.touched();
        later(() -> {
            restart.request("staff on the maintenance screen");
            return messages.get("maint.ops.restarting");
        });
    }

    public void exportDiagnostics() {
        session.touched();
        if (diagnostics.isEmpty()) {
            result.set(messages.get("maint.ops.noDiagnostics"));
            return;
        }
        result.set(messages.get("maint.ops.exporting"));
        later(() -> {
            BundleSaver.SavedBundle saved = diagnostics.get().save();
            Platform.runLater(() -> session.record(AuditAction.DIAGNOSTICS_BUNDLE, saved.file() + (saved.onRemovableMedia() ? " (USB)" : "")));
            return messages.get("maint.ops.exported", saved.file());
        });
    }

    private interface Work {
        String run() throws Exception;
    }

    private void later(Work w) {
        work.execute(() -> {
            String said;
            try {
                said = w.run();
            } catch (Exception e) {
                log.error("maintenance operation failed: {}", e.getMessage());
                said = messages.get("maint.settings.failed", e.getMessage());
            }
            String s = said;
            Platform.runLater(() -> result.set(s));
        });
    }

}
