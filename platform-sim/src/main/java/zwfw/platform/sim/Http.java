package zwfw.platform.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writing answers: JSON bodies with the contract's content type, and the error body of section 2. */
final class Http {
    private Http() {
    }

    static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        if (body != null) {
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        }
        boolean empty = body == null || status == 304 || status == 204;
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static byte[] error(ObjectMapper json, ApiError e) throws IOException {
        ObjectNode b = json.createObjectNode();
        b.put("code", e.code);
        b.put("message", e.getMessage());
        if (e.field != null) {
            b.put("field", e.field);
        }
        return json.writeValueAsBytes(b);
    }
}
