package zwfw.kiosk.app.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.app.wiring.KioskDrivers;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceRegistry;

/**
 * The shipped configuration mutated at random (lines deleted, duplicated, swapped, re-indented;
 * values replaced by wrong types, huge and negative numbers; random Unicode, control characters
 * and binary junk inserted): {@code kioskctl config validate} never shows a stack trace, exits 0
 * or 2, prints every problem as {@code FILE:LINE: …}, and whatever it accepts also starts the
 * kiosk's back end and builds every configured device. One configuration and data directory
 * serve all tries, so a try costs a validation and, when valid, a start (about 0.1 s).
 */
class ConfigMutationPropertiesTest {
    private static Path root;
    private static Path configDir;
    private static List<String> shipped;
    private static int started;
    private static long validateNanos;
    /** The lines naming the data directory and secrets file: edited, they could point outside the test's directory. */
    private static final List<String> KEPT = List.of("  dir: ", "  file: ");

    private static final List<String> WRONG_VALUES = List.of("yes", "no", "~", "[1, 2]", "{a: 1}", "''", "'text'", "-1", "0",
            "2147483648", "-2147483649", "9223372036854775808", "18446744073709551617", "1e18", "-1e400", ".inf", ".nan",
            "0x10", "0o17", "010", "1_000", "12:30", "2026-11-29", "!!binary aGk=", "&a x", "*a", "\"\\u0000\"", "|\n  block",
            "http://127.0.0.1:99999", "embedded", "800mm", "NEAR_END", "true", "99999999999999999999999999999999999999");

    /** One change to the file. */
    private record Mutation(int kind, int line, int at, String text) {
    }

    @BeforeContainer
    static void copyShippedConfiguration() throws IOException {
        root = Files.createTempDirectory("config-mutations");
        configDir = Files.createDirectories(root.resolve("config"));
        Files.copy(Path.of("..", "config", "catalog.json"), configDir.resolve("catalog.json"));
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: ../data")
                .replace("file: ../.kiosk-data/secrets.yaml", "file: ../data/secrets.yaml");
        shipped = List.of(text.split("\n", -1));
        started = 0;
        validateNanos = 0;
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        System.out.println("config mutations: " + started + " of the tries were valid and started; validation took "
                + validateNanos / 1_000_000 + " ms in all");
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 8);
        Arbitrary<Integer> lines = Arbitraries.integers().between(0, shipped.size() - 1);
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, 200);
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.of(WRONG_VALUES),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(300),
                Arbitraries.strings().withChars(":-[]{}#&*!|>'\"%@`,? \t").ofMinLength(1).ofMaxLength(6));
        Arbitrary<Mutation> one = Combinators.combine(kinds, lines, positions, texts).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void whatValidateSaysIsOneLineEachAndWhatItAcceptsStarts(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        byte[] mutated = apply(mutations);
        Files.write(configDir.resolve("kiosk.yaml"), mutated);

        long t0 = System.nanoTime();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine validate = new CommandLine(new ConfigCommand()); // kioskctl config, without its other commands' set-up
        validate.setOut(new PrintWriter(out, true));
        validate.setErr(new PrintWriter(err, true));
        int exit = validate.execute("validate", "--config", configDir.toString());
        validateNanos += System.nanoTime() - t0;
        String said = out + "" + err;
        assertFalse(said.contains("Exception") || said.contains("\tat ") || said.contains("Error:"), "no stack trace: " + said);
        assertTrue(exit == 0 || exit == 2, "exit " + exit + ": " + said);
        if (exit == 2) {
            List<String> lines = List.of(err.toString().split("\n"));
            assertTrue(lines.get(lines.size() - 1).matches("\\d+ problems? in .*"), said);
            for (String line : lines.subList(0, lines.size() - 1)) {
                assertTrue(line.matches("[^:]+kiosk\\.yaml:[1-9][0-9]*: .+|[^:]+secrets\\.yaml:[1-9][0-9]*: .+"),
                        "FILE:LINE: KEY: what, not: " + line);
            }
            return;
        }
        String text = new String(mutated, StandardCharsets.UTF_8);
        if (shipped.stream().filter(l -> KEPT.stream().anyMatch(l::startsWith)).anyMatch(l -> !text.contains("\n" + l + "\n"))) {
            return; // junk landed in a path: starting could write outside this test's directory
        }
        KioskConfig config = KioskDrivers.configLoader(Map.of()).load(configDir);
        DeviceRegistry registry = KioskDrivers.registry();
        try (KioskAssembly backEnd = KioskAssembly.startBackEnd(config, OutboxListener.NONE)) {
            for (DeviceConfig dc : config.devices()) {
                Device device = registry.create(dc);
                device.close();
            }
            assertEquals(config.kioskId(), backEnd.config().kioskId());
        }
        started++;
    }

    /** The shipped text with the mutations applied; binary junk goes in last, as bytes. */
    private static byte[] apply(List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(shipped);
        List<Mutation> junk = new ArrayList<>();
        for (Mutation m : mutations) {
            int i = m.line() % lines.size();
            String line = lines.get(i);
            boolean kept = KEPT.stream().anyMatch(line::startsWith);
            switch (m.kind()) {
                case 0 -> lines.remove(i);                                         // a deleted line
                case 1 -> lines.add(i, line);                                      // a duplicated key
                case 2 -> {                                                        // a value of the wrong type or size
                    int colon = line.indexOf(": ");
                    if (colon > 0 && !kept) {
                        lines.set(i, line.substring(0, colon + 2) + m.text());
                    }
                }
                case 3 -> {                                                        // random text inside a line
                    if (!kept) {
                        int at = Math.min(m.at(), line.length());
                        lines.set(i, line.substring(0, at) + m.text() + line.substring(at));
                    }
                }
                case 4 -> lines.add(i, m.text());                                  // a line of its own
                case 5 -> {                                                        // two lines swapped
                    int j = m.at() % lines.size();
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 6 -> lines.set(i, " ".repeat(m.at() % 7) + line.strip());     // indentation changed
                case 7 -> lines.set(i, line.replaceAll("-?[0-9]+", m.at() % 2 == 0 ? "-" + m.at() : "9".repeat(m.at() % 40 + 1)));
                default -> junk.add(m);                                            // binary junk
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        for (Mutation m : junk) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = (int) ((long) m.line() * bytes.length / shipped.size()) % Math.max(1, bytes.length);
            out.write(bytes, 0, at);
            for (int k = 0; k <= m.at() % 16; k++) {
                out.write((m.at() * 31 + k * 97 + m.text().hashCode()) & 0xFF);
            }
            out.write(bytes, at, bytes.length - at);
            bytes = out.toByteArray();
        }
        return bytes;
    }
}
