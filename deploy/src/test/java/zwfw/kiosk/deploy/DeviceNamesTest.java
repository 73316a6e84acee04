package zwfw.kiosk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The udev rules and the packaged kiosk.yaml agree on the stable device names, and the rules keep ModemManager away. */
class DeviceNamesTest {
    private static final Pattern NAME = Pattern.compile("/?(?:dev/)?(kiosk-[a-z]+)");

    @Test
    void everyRuleMatchesAUsbIdAndGivesAKioskNameAGroupAndNoModemManager() throws Exception {
        List<String> rules = Files.readAllLines(Path.of("udev/60-zwfw-kiosk.rules")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(rules.size() >= 3, rules.toString());
        for (String r : rules) {
            assertTrue(r.matches(".*ATTRS\\{idVendor\\}==\"[0-9a-f]{4}\", ATTRS\\{idProduct\\}==\"[0-9a-f]{4}\".*"), r);
            assertTrue(r.matches(".*SYMLINK\\+=\"kiosk-[a-z]+\".*"), r);
            assertTrue(r.matches(".*GROUP=\"(dialout|lp)\".*"), r);
            if (r.contains("SUBSYSTEM==\"tty\"")) {
                assertTrue(r.contains("ENV{ID_MM_DEVICE_IGNORE}=\"1\""), "ModemManager must not probe " + r);
            }
        }
    }

    @Test
    void thePackagedConfigurationUsesTheNamesTheRulesGive() throws Exception {
        Set<String> given = names(Files.readAllLines(Path.of("udev/60-zwfw-kiosk.rules")).stream()
                .filter(l -> !l.startsWith("#")).reduce("", String::concat));
        Set<String> used = names(Files.readAllLines(Path.of("etc/kiosk.yaml")).stream()
                .filter(l -> l.matches("\\s*(port|device): .*")).reduce("", String::concat));
        assertEquals(Set.of("kiosk-idcard", "kiosk-printer", "kiosk-scanner"), given);
        assertEquals(given, used);
        String yaml = Files.readString(Path.of("etc/kiosk.yaml"));
        for (String driver : List.of("driver: sam-serial", "driver: serial-scanner", "driver: escpos", "driver: pcsc")) {
            assertTrue(yaml.contains(driver), driver);
        }
        assertTrue(!yaml.contains("driver: simulated"), "an installed kiosk runs real drivers");
    }

    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
