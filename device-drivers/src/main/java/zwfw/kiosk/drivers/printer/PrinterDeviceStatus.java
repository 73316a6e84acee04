package zwfw.kiosk.drivers.printer;

import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;

/** Maps what a printer said to the uniform device status (state plus condition code) staff and the heartbeat see. */
public final class PrinterDeviceStatus {
    public static final String PAPER_OUT = "PAPER_OUT";
    public static final String PAPER_NEAR_END = "PAPER_NEAR_END";
    public static final String COVER_OPEN = "COVER_OPEN";
    public static final String PRINTER_ERROR = "PRINTER_ERROR";

    private PrinterDeviceStatus() {
    }

    public static DeviceStatus of(PrinterStatus s) {
        if (s.coverOpen()) {
            return DeviceStatus.of(DeviceState.ERROR, COVER_OPEN, "打印机盖未合上 cover open");
        }
        if (s.paper() == PrinterStatus.Paper.OUT) {
            return DeviceStatus.of(DeviceState.ERROR, PAPER_OUT, "缺纸 paper out");
        }
        if (s.error()) {
            return DeviceStatus.of(DeviceState.ERROR, PRINTER_ERROR, "打印机故障 printer error");
        }
        if (!s.online()) {
            return DeviceStatus.of(DeviceState.OFFLINE, null, "打印机无应答 no answer to status query");
        }
        if (s.paper() == PrinterStatus.Paper.NEAR_END) {
            return DeviceStatus.of(DeviceState.READY, PAPER_NEAR_END, "纸将尽 paper near end");
        }
        return DeviceStatus.of(DeviceState.READY);
    }
}
