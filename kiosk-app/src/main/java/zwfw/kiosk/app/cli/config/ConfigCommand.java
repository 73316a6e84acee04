package zwfw.kiosk.app.cli.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.wiring.KioskDrivers;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.core.config.ConfigProblem;

/** {@code kioskctl config …}: check a configuration directory before the kiosk uses it. */
@Command(name = "config", description = "Check the kiosk's configuration.", mixinStandardHelpOptions = true,
        subcommands = ConfigCommand.Validate.class)
public final class ConfigCommand {

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check kiosk.yaml, environment overrides, every device's driver settings and the secrets file with the"
                    + " rules the kiosk applies at start; print every problem as FILE:LINE: KEY: WHAT. Exit 0: valid, 2: not.")
    static final class Validate implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--json", description = "Print {\"valid\": …, \"problems\": [...]} instead of lines.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ConfigLoader loader = KioskDrivers.configLoader();
            var dir = loader.configDir(config.configDir);
            List<ConfigProblem> problems = new java.util.ArrayList<>(loader.validate(dir));
            if (problems.isEmpty()) {
                // The kiosk's own start check (not the loader's: other kioskctl commands still run with a demo PIN).
                zwfw.kiosk.app.wiring.StaffStartup.demoPinRefusal(loader.readWithoutWriting(dir)).ifPresent(reason ->
                        problems.add(new ConfigProblem(dir.resolve("kiosk.yaml").toString(), 0, "security", reason)));
            }
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("valid", problems.isEmpty());
                result.put("configDir", dir.toString());
                result.put("problems", problems.stream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", p.source());
                    m.put("line", p.line());
                    m.put("key", p.key());
                    m.put("message", p.message());
                    return m;
                }).toList());
                JsonOutput.print(out, result);
            } else if (problems.isEmpty()) {
                out.println("configuration in " + dir + " is valid");
            } else {
                problems.forEach(p -> err.println(p));
                err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + dir);
            }
            out.flush();
            err.flush();
            return problems.isEmpty() ? 0 : 2;
        }
    }
}
