package zwfw.platform.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options of {@code bin/platform-sim}. */
final class SimCommandLine {
    static final String USAGE = """
            usage: platform-sim [--port N] [--data-dir DIR] [--kiosk ID:SECRET]... [--faults SPEC] [--review-step SECONDS] [--large-body-budget MIB]
              --port N            port on 127.0.0.1 (default 8088; 0 = any free port)
              --data-dir DIR      the simulator's SQLite store (default ./.platform-sim)
              --kiosk ID:SECRET   a kiosk it accepts (default KSK-330304-0001:demo-secret; env PLATFORM_SIM_KIOSKS=ID:SECRET,...)
              --faults SPEC       e.g. error=0.2,latency=50,drop=0.1,hang=0.05,hangMs=3000,429=0.1,retryAfter=1,disabled,seed=7
              --review-step S     seconds from ACCEPTED to IN_REVIEW and on to COMPLETED (default 120)
              --large-body-budget MIB  MiB of bodies over 1 MiB read and processed at once (default 72; about 3x in heap)
            staff answer help requests (呼叫帮助) through the admin API, e.g. curl http://127.0.0.1:8088/admin/help
              and curl -XPOST -d '{"message":{"zh":"…","en":"…"},"staffName":"王工"}' …/admin/help/REQUEST_ID/answer
            """;

    private SimCommandLine() {
    }

    static SimOptions parse(String[] args) {
        int port = 8088;
        Path dataDir = Path.of(".platform-sim");
        Map<String, String> kiosks = new LinkedHashMap<>();
        Faults faults = Faults.none();
        Duration step = Duration.ofMinutes(2);
        int budget = HttpLimits.DEFAULT_LARGE_BODY_BUDGET_MIB;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--port" -> port = Integer.parseInt(need(a, v));
                case "--data-dir" -> dataDir = Path.of(need(a, v));
                case "--kiosk" -> addKiosk(kiosks, need(a, v));
                case "--faults" -> faults = Faults.parse(need(a, v));
                case "--review-step" -> step = Duration.ofSeconds(Long.parseLong(need(a, v)));
                case "--large-body-budget" -> budget = Integer.parseInt(need(a, v));
                case "-h", "--help" -> throw new IllegalArgumentException("help");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        if (budget < 2) {
            throw new IllegalArgumentException("--large-body-budget is at least 2 (MiB), got " + budget);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port is 0 to 65535, got " + port);
        }
        String env = System.getenv("PLATFORM_SIM_KIOSKS");
        if (kiosks.isEmpty() && env != null && !env.isBlank()) {
            for (String k : env.split(",")) {
                addKiosk(kiosks, k.trim());
            }
        }
        if (kiosks.isEmpty()) {
            kiosks.put("KSK-330304-0001", "demo-secret");
        }
        return new SimOptions(port, dataDir, kiosks, faults, step, java.time.Clock.system(SimOptions.CHINA), SimOptions.CHINA, budget);
    }

    private static void addKiosk(Map<String, String> kiosks, String spec) {
        int colon = spec.indexOf(':');
        if (colon < 1 || colon == spec.length() - 1) {
            throw new IllegalArgumentException("--kiosk wants ID:SECRET");
        }
        kiosks.put(spec.substring(0, colon), spec.substring(colon + 1));
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
