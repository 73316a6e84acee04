package zwfw.kiosk.app.cli.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.app.cli.KioskCtl;

/** Every numeric option of every kioskctl command has a range, and a value outside it is one line and exit 2. */
class OptionRangesTest {

    @Test
    void everyNumericOptionOfEveryCommandDeclaresItsRange() {
        List<String> unbounded = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        walk(KioskCtl.commandLine(), unbounded, numeric);
        assertTrue(numeric.size() >= 12, "found the numeric options: " + numeric);
        assertEquals(List.of(), unbounded, "numeric options without @Bounded");
    }

    private static void walk(CommandLine cmd, List<String> unbounded, List<String> numeric) {
        for (ArgSpec arg : cmd.getCommandSpec().args()) {
            Class<?> t = arg.type();
            boolean isNumber = t.isPrimitive() && t != boolean.class || Number.class.isAssignableFrom(t);
            if (!isNumber) {
                continue;
            }
            String name = cmd.getCommandSpec().qualifiedName() + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel());
            numeric.add(name);
            if (!(arg.userObject() instanceof Field f) || f.getAnnotation(Bounded.class) == null) {
                unbounded.add(name);
            }
        }
        cmd.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, unbounded, numeric));
    }

    @Test
    void negativeWaitsAndTimeoutsAreUsageErrorsOnOneLine() {
        String[][] cases = {
                {"case", "submit", "--service", "RS-0001", "--name", "张三", "--id-number", "11010519491231002X", "--wait", "-1"},
                {"outbox", "flush", "--timeout", "-5"},
                {"usage", "--days", "0"},
                {"scanner", "listen", "--port", "/dev/null", "--count", "-1"},
                {"idcard", "read", "--port", "/dev/null", "--timeout", "99999999"},
        };
        for (String[] args : cases) {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            assertEquals(2, ctl.run(args), String.join(" ", args) + ": " + ctl.err());
            String err = ctl.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.matches(".*--[a-z]+ -?[0-9]+: must be -?[0-9]+ to [0-9]+.*\\(see: kioskctl .* --help\\)"), err);
        }
    }

    @Test
    void aNumberBeyondItsTypeIsAUsageErrorToo() {
        CapturedKioskCtl ctl = new CapturedKioskCtl();
        assertEquals(2, ctl.run("outbox", "flush", "--timeout", "18446744073709551617"));
        assertEquals(1, ctl.err().strip().lines().count(), ctl.err());
    }
}
