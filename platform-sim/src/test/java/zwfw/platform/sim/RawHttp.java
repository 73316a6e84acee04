package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand on a socket, for what well-behaved clients never send: a declared length with no body
 * behind it, hundreds of headers, a header of megabytes.
 */
final class RawHttp implements AutoCloseable {
    /** What came back: the status line's code and the JSON body, or how the connection ended. */
    record Reply(int status, JsonNode json, boolean closedWithoutAnswer) {
        String code() {
            return json == null ? null : json.path("code").asText(null);
        }
    }

    private final Socket socket;

    RawHttp(String baseUrl) throws IOException {
        URI u = URI.create(baseUrl);
        socket = new Socket(u.getHost(), u.getPort());
        // A hang fails the test instead of stalling the build.
        socket.setSoTimeout(10_000);
    }

    /** Sends the head (request line and header lines, without the blank line's CRLF) and then {@code body}. */
    RawHttp send(String head, byte[] body) throws IOException {
        OutputStream out = socket.getOutputStream();
        try {
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // The server may close the connection before it has taken everything: the answer, if any, is read below.
        }
        return this;
    }

    /** Reads one answer; a connection closed or reset without one is reported, a read that stalls fails. */
    Reply reply() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                if (head.size() >= 4 && new String(head.toByteArray(), StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed the connection within 10 s", e);
        } catch (IOException e) {
            return new Reply(0, null, true);
        }
        String text = new String(head.toByteArray(), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ")) {
            return new Reply(0, null, true);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return new Reply(status, length == 0 ? null : SignedHttp.JSON.readTree(body), false);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
