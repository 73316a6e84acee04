package zwfw.kiosk.drivers.transport.tcp;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;
import zwfw.kiosk.drivers.transport.TransportException.Reason;

/** A raw TCP link, as network receipt printers take on port 9100: bytes both ways, nothing else. */
public final class TcpTransport implements ByteTransport {
    public static final int RAW_PRINTING_PORT = 9100;

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(String host, int port, int connectTimeoutMillis) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("TCP port must be 1 to 65535, not " + port);
        }
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    /** Parses {@code HOST:PORT} or {@code HOST} (port 9100). */
    public static TcpTransport parse(String hostPort, int connectTimeoutMillis) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) {
            return new TcpTransport(hostPort, RAW_PRINTING_PORT, connectTimeoutMillis);
        }
        try {
            return new TcpTransport(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)),
                    connectTimeoutMillis);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected HOST:PORT, not '" + hostPort + "'");
        }
    }

    @Override
    public String name() {
        return host + ":" + port;
    }

    @Override
    public synchronized void open() throws TransportException {
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            in = s.getInputStream();
            out = s.getOutputStream();
            socket = s;
        } catch (UnknownHostException e) {
            closeQuietly(s);
            throw new TransportException(Reason.NOT_FOUND, "unknown host " + host, e);
        } catch (ConnectException | SocketTimeoutException e) {
            closeQuietly(s);
            throw new TransportException(Reason.NOT_FOUND, "nothing answers at " + name() + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            closeQuietly(s);
            throw new TransportException(Reason.IO, "cannot connect to " + name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return socket != null;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "write");
        OutputStream o;
        synchronized (this) {
            o = out;
        }
        if (o == null) {
            throw new TransportException(Reason.DISCONNECTED, name() + " is not connected");
        }
        try {
            o.write(data, offset, length);
            o.flush();
        } catch (IOException e) {
            throw new TransportException(Reason.DISCONNECTED, "connection to " + name() + " lost while writing", e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws TransportException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "read");
        Socket s;
        InputStream i;
        synchronized (this) {
            s = socket;
            i = in;
        }
        if (s == null) {
            throw new TransportException(Reason.DISCONNECTED, name() + " is not connected");
        }
        try {
            s.setSoTimeout(Math.max(1, timeoutMillis));
            int n = i.read(buffer, offset, length);
            if (n < 0) {
                throw new TransportException(Reason.DISCONNECTED, name() + " closed the connection");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            throw new TransportException(Reason.DISCONNECTED, "connection to " + name() + " lost", e);
        }
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            closeQuietly(socket);
        }
        socket = null;
        in = null;
        out = null;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing a broken socket: nothing left to release
        }
    }

    @Override
    public String toString() {
        return "TcpTransport[" + name() + "]";
    }
}
