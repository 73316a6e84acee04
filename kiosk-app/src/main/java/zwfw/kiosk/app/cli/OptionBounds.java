package zwfw.kiosk.app.cli;

import java.lang.reflect.Field;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Checks every {@link Bounded} option of the command about to run (and of its parents) against its
 * range, so a negative {@code --wait} or a {@code --days 100000} is a usage error (exit 2, one line)
 * before anything is opened.
 */
final class OptionBounds {
    private OptionBounds() {
    }

    static void check(CommandLine.ParseResult parsed) {
        for (CommandLine cmd : parsed.asCommandLineList()) {
            for (ArgSpec arg : cmd.getCommandSpec().args()) {
                Bounded b = boundOf(arg);
                if (b == null || !(arg.getValue() instanceof Number n)) {
                    continue;
                }
                long v = n.longValue();
                if (v < b.min() || v > b.max()) {
                    String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
                    throw new CommandLine.ParameterException(cmd, name + " " + v + ": must be " + b.min() + " to " + b.max()
                            + (b.unit().isEmpty() ? "" : " " + b.unit()));
                }
            }
        }
    }

    /** The range declared on the option's field, or null. */
    static Bounded boundOf(ArgSpec arg) {
        return arg.userObject() instanceof Field f ? f.getAnnotation(Bounded.class) : null;
    }
}
