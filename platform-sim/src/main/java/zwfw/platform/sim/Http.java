package zwfw.platform.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The error body of contract section 2: {@code {"code","message","field"}} (field only where one is at fault). */
final class Http {
    private Http() {
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
