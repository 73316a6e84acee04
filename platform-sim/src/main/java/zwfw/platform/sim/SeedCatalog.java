package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The catalog this platform serves, loaded from the bundled seed; bumps its version on reload. */
final class SeedCatalog {
    private final ObjectMapper json;
    private volatile JsonNode catalog;
    private volatile byte[] body;
    private volatile String etag;

    SeedCatalog(ObjectMapper json) {
        this.json = json;
        try (InputStream in = SeedCatalog.class.getResourceAsStream("catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("seed catalog missing from the class path");
            }
            publish(json.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("seed catalog unreadable: " + e.getMessage(), e);
        }
    }

    private void publish(JsonNode c) throws IOException {
        catalog = c;
        body = json.writeValueAsBytes(c);
        etag = "\"v" + c.path("version").asLong() + "-" + RequestAuthenticator.sha256Hex(body).substring(0, 16) + "\"";
    }

    byte[] body() {
        return body;
    }

    String etag() {
        return etag;
    }

    Optional<JsonNode> service(String code) {
        for (JsonNode s : catalog.path("services")) {
            if (s.path("code").asText().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Opens or closes a service (admin), which makes a new catalog version. */
    synchronized boolean setEnabled(String code, boolean enabled) throws IOException {
        JsonNode copy = catalog.deepCopy();
        boolean found = false;
        for (JsonNode s : copy.path("services")) {
            if (s.path("code").asText().equals(code)) {
                ((ObjectNode) s).put("enabled", enabled);
                found = true;
            }
        }
        if (found) {
            ((ObjectNode) copy).put("version", copy.path("version").asLong() + 1);
            publish(copy);
        }
        return found;
    }
}
