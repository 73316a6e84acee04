package zwfw.kiosk.app.screen.maintenance;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.access.StaffMember;
import zwfw.kiosk.core.access.StaffRole;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditLog;

/**
 * A staff session at the kiosk's screen: its own kind of visit. It opens from the hidden corner of
 * the attract (or out-of-service) screen, so never over a citizen's visit, and holds the kiosk out
 * of service while it lasts ({@code serviceHeld}); after the PIN it shows the member's pages by
 * role; it leaves by itself after {@code idleExit} without a touch, but never while a test runs.
 * Everything staff do here is audited under the member's display name, channel {@code screen}, off
 * the FX thread; the general log never names them. FX thread only.
 */
public final class MaintenanceSession {
    private static final Logger log = LoggerFactory.getLogger(MaintenanceSession.class);
    public static final String CHANNEL = "screen";
    /** The pages: the PIN pad first, then by role (see {@link StaffPages}). */
    public static final String PIN = "pin";
    public static final String DEVICES = "devices";
    public static final String SETTINGS = "settings";
    public static final String OPERATIONS = "operations";
    public static final String ADMIN = "admin";

    private final Duration idleExit;
    private final Consumer<Boolean> serviceHeld;
    private final AuditLog audit;
    private final Executor work;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<StaffMember> member = new SimpleObjectProperty<>();
    private final StringProperty page = new SimpleStringProperty(PIN);
    private final IntegerProperty testsRunning = new SimpleIntegerProperty(0);
    private int quietSeconds;

    /** {@code audit} may be null (the back end did not start): nothing is recorded then. */
    public MaintenanceSession(Duration idleExit, Consumer<Boolean> serviceHeld, AuditLog audit, Executor work) {
        this.idleExit = idleExit;
        this.serviceHeld = serviceHeld;
        this.audit = audit;
        this.work = work;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ObjectProperty<StaffMember> memberProperty() {
        return member;
    }

    public StringProperty pageProperty() {
        return page;
    }

    public IntegerProperty testsRunningProperty() {
        return testsRunning;
    }

    /** The hidden corner was held: the PIN pad, and the kiosk out of service until the session ends. */
    public void open() {
        quietSeconds = 0;
        if (open.get()) {
            return;
        }
        member.set(null);
        page.set(PIN);
        open.set(true);
        serviceHeld.accept(true);
        log.info("staff session opened");
    }

    /** The PIN was right: {@code who}'s pages, by role. */
    public void entered(StaffMember who) {
        quietSeconds = 0;
        member.set(who);
        page.set(who.role() == StaffRole.ADMIN ? ADMIN : DEVICES);
    }

    public void show(String name) {
        quietSeconds = 0;
        if (member.get() != null) {
            page.set(name);
        }
    }

    /** Any touch in the session. */
    public void touched() {
        quietSeconds = 0;
    }

    public void testStarted() {
        testsRunning.set(testsRunning.get() + 1);
    }

    public void testEnded() {
        testsRunning.set(Math.max(0, testsRunning.get() - 1));
        quietSeconds = 0;
    }

    /** The view's one-second clock: leaves after {@code idleExit} without a touch, unless a test is running. */
    public void secondPassed() {
        if (!open.get()) {
            return;
        }
        if (testsRunning.get() > 0) {
            quietSeconds = 0;
            return;
        }
        if (++quietSeconds >= idleExit.toSeconds()) {
            leave("idle " + idleExit.toSeconds() + " s");
        }
    }

    /** Ends the session (退出 or idle): the kiosk serves again unless something else holds it. */
    public void leave(String why) {
        if (!open.get()) {
            return;
        }
        StaffMember who = member.get();
        member.set(null);
        page.set(PIN);
        open.set(false);
        quietSeconds = 0;
        serviceHeld.accept(false);
        log.info("staff session ended: {}", why);
        if (who != null) {
            record(who, AuditAction.EXIT, why);
        }
    }

    /** Records what the member in session did (off the FX thread). */
    public void record(AuditAction action, String detail) {
        StaffMember who = member.get();
        if (who != null) {
            record(who, action, detail);
        }
    }

    /** The display name of the member in session, or empty. */
    public String actor() {
        StaffMember who = member.get();
        return who == null ? "" : who.displayName();
    }

    private void record(StaffMember who, AuditAction action, String detail) {
        if (audit == null) {
            return;
        }
        work.execute(() -> {
            try {
                audit.record(CHANNEL, who.displayName(), action, detail);
            } catch (RuntimeException e) {
                log.error("audit entry not written: {}", e.getMessage());
            }
        });
    }
}
