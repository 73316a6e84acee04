package zwfw.kiosk.app.screen.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.scene.Parent;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageAnalytics;
import zwfw.kiosk.core.usage.UsageFigures;
import zwfw.kiosk.core.usage.UsageJournal;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageSeeder;
import zwfw.kiosk.drivers.device.Device;

/**
 * The administrator's usage page as a {@link Screen}: made from the kiosk's parts with one call
 * ({@link #of}), or from any {@link UsageFiguresSource} (tests, benchmarks). Opens on today's figures.
 * On a demo kiosk (platform {@code embedded}) with a seeded store ({@code kioskctl usage seed}) it
 * shows the seeded usage, saying so; a real kiosk always shows its own.
 */
public final class AdminUsagePage implements Screen {
    private final AdminUsageViewModel model;
    private final AdminUsageView view;

    public AdminUsagePage(AdminUsageViewModel model) {
        this.model = model;
        this.view = new AdminUsageView(model);
    }

    /**
     * The page over the running kiosk's store.
     *
     * @param work    the screens' work thread: figures are read there
     * @param onClose what 返回 does (back to the staff entry or the attract screen)
     */
    public static AdminUsagePage of(KioskAssembly assembly, Messages messages, Executor work, Runnable onClose) {
        Map<String, ServiceItem> services = new HashMap<>();
        assembly.catalog().current().services().forEach(s -> services.put(s.code(), s));
        Function<String, String> names = code -> {
            ServiceItem s = services.get(code);
            return s == null ? "" : messages.english() ? s.name().en() : s.name().zh();
        };
        return new AdminUsagePage(new AdminUsageViewModel(messages, source(assembly), work, names, onClose));
    }

    /** The kiosk's own store, or on a demo kiosk the seeded one if there is one. */
    static UsageFiguresSource source(KioskAssembly assembly) {
        KioskConfig config = assembly.config();
        List<String> devices = assembly.devices().stream().map(Device::id).toList();
        Path seeded = config.dataDir().resolve(UsageSeeder.SEED_DIRECTORY);
        if (config.platformEmbedded() && Files.isRegularFile(seeded.resolve("kiosk.db"))) {
            return seededStore(seeded, config.clock(), devices);
        }
        UsageAnalytics analytics = new UsageAnalytics(assembly.usageLog().journal(), config.clock());
        return new UsageFiguresSource() {
            @Override
            public UsageFigures figures(LocalDate from, LocalDate to) {
                OutboxStatus s = assembly.outbox().status();
                Long age = s.oldestQueuedAt() == null ? null
                        : Math.max(0, Duration.between(s.oldestQueuedAt(), config.clock().instant()).toSeconds());
                return analytics.figures(from, to, devices, new UsageFigures.Backlog(s.depth(), age));
            }

            @Override
            public LocalDate today() {
                return analytics.today();
            }
        };
    }

    /** A seeded store, opened for each question and closed again (the page holds no file open). */
    public static UsageFiguresSource seededStore(Path dir, Clock clock, List<String> devices) {
        return new UsageFiguresSource() {
            @Override
            public UsageFigures figures(LocalDate from, LocalDate to) {
                try (KioskDatabase db = KioskDatabase.open(dir, UsageLog.migrations())) {
                    return new UsageAnalytics(new UsageJournal(db), clock).figures(from, to, devices, null);
                }
            }

            @Override
            public LocalDate today() {
                return LocalDate.now(clock);
            }
        };
    }

    public AdminUsageViewModel model() {
        return model;
    }

    @Override
    public String name() {
        return "admin-usage";
    }

    @Override
    public Parent view() {
        return view.root();
    }

    @Override
    public void shown() {
        if (model.figuresProperty().get() == null) {
            model.show(AdminUsageViewModel.Period.TODAY);
        }
    }
}
