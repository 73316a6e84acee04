package zwfw.kiosk.drivers.scanner.serial;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.scanner.AbstractCodeScanner;
import zwfw.kiosk.drivers.scanner.Scan;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;
import zwfw.kiosk.drivers.transport.serial.SerialTransport;

/**
 * A scan engine on a serial line (RS-232 or USB CDC): reads codes on a thread of its own, cuts them
 * at the suffix or a silence, strips prefix and AIM identifier, decodes the charset, and delivers
 * each as a {@link Scan}. Garbage, binary junk and overlong lines are dropped with a counted warning
 * (the count is in {@link #droppedCount()} and {@link #checkHealth()}). When the port vanishes the
 * scanner goes {@code OFFLINE} and reopens the port by itself once it is back.
 */
public final class SerialCodeScanner extends AbstractCodeScanner {
    public static final String DRIVER = "serial-scanner";
    private static final Logger log = LoggerFactory.getLogger(SerialCodeScanner.class);
    private static final int READ_SLICE_MILLIS = 20;

    private final SerialScannerSettings settings;
    private final Function<SerialScannerSettings, ByteTransport> transports;
    private final AtomicLong dropped = new AtomicLong();
    private final Map<String, AtomicLong> droppedByReason = new ConcurrentHashMap<>();
    private final AtomicLong delivered = new AtomicLong();
    private final Object portLock = new Object();
    private final ScanTextDecoder decoder;
    private volatile ByteTransport transport;
    private volatile boolean running;
    private volatile boolean triggerOnEnable;
    private volatile boolean listening;
    private Thread reader;

    public SerialCodeScanner(String id, SerialScannerSettings settings) {
        this(id, settings, s -> new SerialTransport(s.serial()));
    }

    /** With another link than a serial port (e.g. a vendor's USB bridge). */
    public SerialCodeScanner(String id, SerialScannerSettings settings, Function<SerialScannerSettings, ByteTransport> transports) {
        super(id, DRIVER);
        this.settings = settings;
        this.transports = transports;
        this.decoder = new ScanTextDecoder(settings.prefix(), settings.stripAimId(), settings.charset(), settings.maxLength());
    }

    @Override
    protected void doOpen() {
        running = true;
        tryConnect();
        reader = new Thread(this::readLoop, "scanner-" + id());
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    protected void doEnable() {
        // The reader thread sends the first trigger once enable() has finished: a code answering a
        // trigger sent from here could arrive before the device counts as enabled and be ignored.
        triggerOnEnable = settings.triggerCommand().length > 0;
        listening = true;
    }

    @Override
    protected void doDisable() {
        listening = false;
    }

    @Override
    protected void doClose() {
        running = false;
        Thread t = reader;
        reader = null;
        if (t != null) {
            try {
                t.join(settings.reconnectMillis() + 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        disconnect();
    }

    @Override
    public void trigger() throws DeviceException {
        byte[] cmd = settings.triggerCommand();
        if (cmd.length == 0) {
            return;
        }
        ByteTransport t = transport;
        if (t == null) {
            throw new DeviceException("OFFLINE", "scanner " + id() + " is offline: " + status().detail());
        }
        try {
            synchronized (portLock) {
                t.write(cmd);
            }
        } catch (TransportException e) {
            throw new DeviceException("TRIGGER_FAILED", "cannot send the trigger command to " + settings.port() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long droppedCount() {
        return dropped.get();
    }

    /** Dropped codes by reason: BINARY, UNDECODABLE, OVERLONG. */
    public Map<String, Long> droppedByReason() {
        Map<String, Long> m = new java.util.TreeMap<>();
        droppedByReason.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    @Override
    public HealthReport checkHealth() {
        DeviceStatus s = status();
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("port", settings.port());
        facts.put("baud", Integer.toString(settings.baud()));
        facts.put("scans", Long.toString(delivered.get()));
        facts.put("dropped", Long.toString(dropped.get()));
        droppedByReason().forEach((k, v) -> facts.put("dropped." + k, Long.toString(v)));
        return new HealthReport(s.state().isUsable(), s, s.state().isUsable() ? "scanner ready" : s.detail(), facts);
    }

    private boolean tryConnect() {
        ByteTransport t = transports.apply(settings);
        try {
            t.open();
        } catch (TransportException e) {
            t.close();
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, null, e.getMessage()));
            return false;
        }
        transport = t;
        updateStatus(DeviceStatus.of(DeviceState.READY));
        return true;
    }

    private void disconnect() {
        ByteTransport t = transport;
        transport = null;
        if (t != null) {
            t.close();
        }
    }

    private void readLoop() {
        ScanFramer framer = new ScanFramer(settings.suffix(), decoder.maxFrameBytes());
        byte[] buf = new byte[4096];
        long lastByte = 0;
        long lastTrigger = System.nanoTime();
        while (running) {
            ByteTransport t = transport;
            if (t == null) {
                sleep(settings.reconnectMillis());
                if (running && tryConnect() && listening) {
                    triggerOnEnable = false;
                    sendTriggerQuietly();
                    lastTrigger = System.nanoTime();
                }
                continue;
            }
            try {
                int slice = settings.suffix() == Suffix.NONE ? Math.min(READ_SLICE_MILLIS, settings.gapMillis()) : 100;
                int n = t.read(buf, 0, buf.length, slice);
                long now = System.nanoTime();
                if (n > 0) {
                    if (settings.suffix() == Suffix.NONE && framer.hasPending()
                            && now - lastByte >= settings.gapMillis() * 1_000_000L) {
                        // The silence ended inside this read's wait: what came before is a code of its own.
                        ScanFramer.Frame f = framer.flush();
                        if (f != null) {
                            handle(f);
                        }
                    }
                    lastByte = now;
                    for (ScanFramer.Frame f : framer.feed(buf, 0, n)) {
                        handle(f);
                    }
                } else if (settings.suffix() == Suffix.NONE && framer.hasPending()
                        && now - lastByte >= settings.gapMillis() * 1_000_000L) {
                    ScanFramer.Frame f = framer.flush();
                    if (f != null) {
                        handle(f);
                    }
                }
                if (triggerOnEnable && listening) {
                    triggerOnEnable = false;
                    sendTriggerQuietly();
                    lastTrigger = now;
                } else if (settings.triggerRepeatMillis() > 0 && listening
                        && now - lastTrigger >= settings.triggerRepeatMillis() * 1_000_000L) {
                    sendTriggerQuietly();
                    lastTrigger = now;
                }
            } catch (TransportException e) {
                if (!running) {
                    break;
                }
                log.warn("scanner {} lost its port {}: {}", id(), settings.port(), e.reason());
                disconnect();
                framer.flush();
                updateStatus(DeviceStatus.of(DeviceState.OFFLINE, null, "port " + settings.port() + " went away"));
            }
        }
    }

    private void sendTriggerQuietly() {
        try {
            trigger();
        } catch (DeviceException e) {
            log.warn("scanner {}: {}", id(), e.getMessage());
        }
    }

    private void handle(ScanFramer.Frame frame) {
        ScanTextDecoder.Result r = frame.overlong()
                ? new ScanTextDecoder.Result(null, "", ScanTextDecoder.OVERLONG)
                : decoder.decode(frame.bytes());
        if (!r.accepted()) {
            if (ScanTextDecoder.EMPTY.equals(r.refusal())) {
                return;
            }
            long total = dropped.incrementAndGet();
            droppedByReason.computeIfAbsent(r.refusal(), k -> new AtomicLong()).incrementAndGet();
            // The code itself is never logged: it may be personal data.
            log.warn("scanner {} dropped a code ({}, {} bytes); dropped so far: {}", id(), r.refusal(),
                    frame.bytes().length, total);
            reportError(new DeviceError("SCAN_DROPPED_" + r.refusal(), "a code was dropped: " + r.refusal().toLowerCase()));
            return;
        }
        if (!listening) {
            return;
        }
        delivered.incrementAndGet();
        deliver(new Scan(r.text(), r.symbology(), Instant.now()));
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
