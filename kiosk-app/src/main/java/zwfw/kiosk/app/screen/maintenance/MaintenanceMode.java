package zwfw.kiosk.app.screen.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.ServiceGate;
import zwfw.kiosk.app.screen.maintenance.devices.DeviceDesk;
import zwfw.kiosk.core.devicehealth.DeviceTests;
import zwfw.kiosk.app.screen.maintenance.devices.DevicesView;
import zwfw.kiosk.app.screen.maintenance.devices.DevicesViewModel;
import zwfw.kiosk.app.screen.maintenance.devices.LogTail;
import zwfw.kiosk.app.screen.maintenance.operations.OperationsView;
import zwfw.kiosk.app.screen.maintenance.operations.OperationsViewModel;
import zwfw.kiosk.app.screen.maintenance.pin.PinPadView;
import zwfw.kiosk.app.screen.maintenance.pin.PinPadViewModel;
import zwfw.kiosk.app.screen.maintenance.settings.DeviceSettingsView;
import zwfw.kiosk.app.screen.maintenance.settings.DeviceSettingsViewModel;
import zwfw.kiosk.app.screen.maintenance.settings.SettingsForm;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.access.PinHash;
import zwfw.kiosk.core.access.StaffEntry;
import zwfw.kiosk.core.access.StaffMember;
import zwfw.kiosk.core.access.StaffRole;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.devicehealth.DeviceCounters;
import zwfw.kiosk.core.lifecycle.RestartRequest;
import zwfw.kiosk.drivers.transport.PortDiscovery;

/**
 * Builds the staff session at the kiosk (issue 14) from the back end: the PIN pad on
 * {@link StaffEntry}, the devices, settings and operations pages, and the routing by role
 * ({@link StaffPages}: administrators get the page registered for {@link StaffRole#ADMIN}).
 * While a session is open the kiosk is out of service ({@link OutOfServiceReason#MAINTENANCE}).
 */
public final class MaintenanceMode {
    private final MaintenanceSession session;
    private final MaintenanceView view;
    private final PinPadViewModel pin;
    private final DevicesViewModel devices;
    private final DeviceSettingsViewModel settings;
    private final OperationsViewModel operations;

    /** {@code assembly} is null when the back end did not start: then only the kiosk.yaml PINs open it, for lock and unlock. */
    public MaintenanceMode(Messages messages, KioskConfig config, KioskAssembly assembly, ServiceGate gate, Executor work, Clock clock,
                           StaffPages staffPages) {
        this.session = new MaintenanceSession(config.maintenanceIdleExit(), gate::maintenance,
                assembly == null ? null : assembly.auditLog(), work);
        StaffEntry entry = assembly == null ? null : assembly.staffEntry();
        this.pin = new PinPadViewModel(messages, typed -> entry != null ? entry.enter(typed) : yamlOnly(config, typed), work, clock,
                this::entered);
        List<zwfw.kiosk.drivers.device.Device> all = assembly == null ? List.of() : assembly.devices();
        DeviceCounters counters = assembly == null ? new DeviceCounters(clock, null) : assembly.liveDevices().counters();
        this.settings = assembly == null ? null : new DeviceSettingsViewModel(messages, new SettingsForm(assembly.deviceChanges(),
                () -> PortDiscovery.present(config.extraPortGlob()).stream().map(PortDiscovery.Port::path).toList()), session, work);
        DeviceDesk desk = new DeviceDesk(all, counters, new DeviceTests(config.kioskId()),
                new LogTail(config.dataDir().resolve("logs").resolve("kiosk.log")));
        this.devices = new DevicesViewModel(messages, desk, session, work, id -> {
                    if (settings != null) {
                        settings.edit(id);
                        session.show(MaintenanceSession.SETTINGS);
                    }
                });
        this.operations = new OperationsViewModel(messages, locks(gate, messages), assembly == null ? null : assembly.outbox(),
                assembly == null ? null : assembly.deliveryWorker(), assembly == null ? null : assembly.catalog(),
                new RestartRequest(config.dataDir(), java.time.Instant.EPOCH),
                assembly == null ? Optional.empty() : Optional.of(zwfw.kiosk.app.wiring.KioskDiagnostics.saver(assembly)), session, work, clock);
        PinPadView pinView = new PinPadView(pin);
        DevicesView devicesView = new DevicesView(devices, messages);
        javafx.scene.Node settingsNode = settings == null ? new javafx.scene.layout.Pane() : new DeviceSettingsView(settings, messages).node();
        this.view = new MaintenanceView(session, messages, staffPages, new MaintenanceView.Pages(pinView.node(), devicesView.node(),
                devices::refresh, settingsNode, new OperationsView(operations).node(), operations::refresh, pin::secondPassed));
    }

    private static StaffEntry.Attempt yamlOnly(KioskConfig config, char[] typed) {
        if (PinHash.matches(typed, config.maintenancePinHash())) {
            return new StaffEntry.Attempt(Optional.of(new StaffMember(StaffEntry.CONFIGURED_ACCOUNT, StaffRole.MAINTENANCE)),
                    Optional.empty(), StaffEntry.MAX_FAILURES);
        }
        return new StaffEntry.Attempt(Optional.empty(), Optional.empty(), StaffEntry.MAX_FAILURES - 1);
    }

    private void entered(StaffMember member) {
        session.entered(member);
    }

    private static OperationsViewModel.Locks locks(ServiceGate gate, Messages messages) {
        return new OperationsViewModel.Locks() {
            @Override
            public boolean staffLocked() {
                return gate.holds(OutOfServiceReason.STAFF_LOCK);
            }

            @Override
            public List<String> reasonKeys() {
                return gate.reasonKeys();
            }

            @Override
            public CompletionStage<Void> lock() {
                return gate.staffLock(messages.get("staff.lockReason"));
            }

            @Override
            public CompletionStage<Void> unlock() {
                return gate.staffUnlock();
            }
        };
    }

    /** The hidden corner was held (attract or out-of-service screen): a fresh PIN pad. */
    public void open() {
        pin.reset();
        session.open();
    }

    public MaintenanceSession session() {
        return session;
    }

    public PinPadViewModel pin() {
        return pin;
    }

    public DevicesViewModel devices() {
        return devices;
    }

    /** The settings page, or null when the back end did not start. */
    public DeviceSettingsViewModel settings() {
        return settings;
    }

    public OperationsViewModel operations() {
        return operations;
    }

    public javafx.scene.Node node() {
        return view.node();
    }

    public void stop() {
        view.stop();
    }

}
