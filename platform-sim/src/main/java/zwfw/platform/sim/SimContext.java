package zwfw.platform.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;

/** What the endpoints share: store, catalog, authenticator, body limits and the switchable fault settings. */
final class SimContext {
    final ObjectMapper json = new ObjectMapper();
    final JsonBodies bodiesJson = new JsonBodies(json);
    final SimStore store;
    final HelpDesk help;
    final SeedCatalog catalog;
    final RequestAuthenticator auth;
    final BodyBudget budget;
    final BodyReader bodies;
    final DocumentApi documents;
    private final SimOptions options;
    private final Random dice;
    private volatile Faults faults;
    private volatile String baseUrl = "";
    /** Time spent handling requests, from the first header read to the answer sent (benchmarks: the platform's share). */
    private final java.util.concurrent.atomic.LongAdder handlingNanos = new java.util.concurrent.atomic.LongAdder();

    SimContext(SimOptions options) {
        this.options = options;
        this.faults = options.faults();
        this.dice = new Random(options.faults().seed());
        this.budget = new BodyBudget(options.largeBodyBudgetMiB());
        this.bodies = new BodyReader(budget);
        this.store = new SimStore(options.dataDir());
        this.help = new HelpDesk(options.dataDir(), this);
        this.catalog = new SeedCatalog(json);
        this.auth = new RequestAuthenticator(options.secrets(), options.clock());
        this.documents = new DocumentApi(this);
    }

    void handled(long nanos) {
        handlingNanos.add(nanos);
    }

    long handlingNanos() {
        return handlingNanos.sum();
    }

    Faults faults() {
        return faults;
    }

    void faults(Faults f) {
        this.faults = f;
    }

    /** The fault dice, seeded once from the starting faults (callers synchronize on it). */
    Random dice() {
        return dice;
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
