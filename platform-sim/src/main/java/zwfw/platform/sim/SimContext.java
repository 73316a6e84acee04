package zwfw.platform.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** What the endpoints share: store, catalog, authenticator and the switchable fault settings. */
final class SimContext {
    final ObjectMapper json = new ObjectMapper();
    final SimStore store;
    final SeedCatalog catalog;
    final RequestAuthenticator auth;
    private final SimOptions options;
    private volatile Faults faults;
    private volatile String baseUrl = "";

    SimContext(SimOptions options) {
        this.options = options;
        this.faults = options.faults();
        this.store = new SimStore(options.dataDir());
        this.catalog = new SeedCatalog(json);
        this.auth = new RequestAuthenticator(options.secrets(), options.clock());
    }

    Faults faults() {
        return faults;
    }

    void faults(Faults f) {
        this.faults = f;
    }

    Clock clock() {
        return options.clock();
    }

    ZoneId zone() {
        return options.zone();
    }

    Duration reviewStep() {
        return options.reviewStep();
    }

    String baseUrl() {
        return baseUrl;
    }

    void baseUrl(String url) {
        this.baseUrl = url;
    }
}
