package zwfw.kiosk.core.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration cannot be used; {@link #problems()} lists every reason, one line each. */
public class InvalidConfigException extends Exception {
    private final List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
