package zwfw.kiosk.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import zwfw.kiosk.core.availability.AtomicFile;
import zwfw.kiosk.core.storage.PrivateFiles;

/**
 * Device changes made at the kiosk (the maintenance screen), kept in {@value #FILE_NAME} in the data
 * directory and layered over the installed {@code kiosk.yaml}, which may be read-only and keeps its
 * comments. A change is written to a candidate file first and checked by {@link ConfigLoader} with
 * exactly the rules and messages of {@code kioskctl config validate}; only a change without
 * problems replaces the override file, atomically, after a dated backup of the one before (the
 * last {@value #BACKUPS_KEPT} kept). {@link #undo} puts the previous file back.
 */
public final class LocalOverride {
    public static final String FILE_NAME = "kiosk.override.yaml";
    public static final String BACKUP_DIR = "override-backups";
    public static final int BACKUPS_KEPT = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String HEADER = "# Device changes made on the kiosk's maintenance screen, layered over kiosk.yaml\n"
            + "# (which stays as installed). Delete this file to go back to kiosk.yaml alone.\n";

    private final Path configDir;
    private final Path dataDir;
    private final ConfigLoader loader;
    private final Clock clock;

    public LocalOverride(Path configDir, Path dataDir, ConfigLoader loader, Clock clock) {
        this.configDir = configDir;
        this.dataDir = dataDir;
        this.loader = loader;
        this.clock = clock;
    }

    /** A change written: the override file's text before it (null when there was none), for {@link #undo}. */
    public record Written(String previousText, Path backup) {
    }

    /** What a proposed change came to: the problems (nothing written), or the change written. */
    public record Outcome(List<ConfigProblem> problems, Optional<Written> written) {
        public boolean applied() {
            return written.isPresent();
        }
    }

    public Path file() {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * Sets device {@code deviceId}'s driver and settings (values as typed on a form: digits are whole
     * numbers, true/false flags, everything else text; a blank value leaves the setting out).
     * Blocking (files): call it off the FX thread.
     */
    public synchronized Outcome change(String deviceId, String driver, Map<String, String> settings) throws IOException {
        String previous = Files.exists(file()) ? Files.readString(file(), StandardCharsets.UTF_8) : null;
        Map<String, Object> root = previous == null ? new LinkedHashMap<>() : parse(previous);
        @SuppressWarnings("unchecked")
        Map<String, Object> devices = (Map<String, Object>) root.computeIfAbsent("devices", k -> new LinkedHashMap<>());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("driver", driver);
        Map<String, Object> typed = new LinkedHashMap<>();
        settings.forEach((name, text) -> {
            if (text != null && !text.isBlank()) {
                typed.put(name, TypedText.value(text.strip())); // as an environment variable's, but stripped
            }
        });
        entry.put("settings", typed);
        devices.put(deviceId, entry);
        String text = HEADER + dump(root);

        Path candidate = dataDir.resolve(FILE_NAME + ".candidate");
        AtomicFile.write(candidate, text);
        try {
            List<ConfigProblem> problems = new ArrayList<>();
            String shownAs = ConfigLoader.display(file());
            String candidateShown = ConfigLoader.display(candidate);
            for (ConfigProblem p : loader.validateWithOverride(configDir, candidate)) {
                problems.add(p.source().equals(candidateShown) ? new ConfigProblem(shownAs, p.line(), p.key(), p.message()) : p);
            }
            if (!problems.isEmpty()) {
                return new Outcome(problems, Optional.empty());
            }
            Path backup = backUp(previous);
            AtomicFile.write(file(), text);
            return new Outcome(List.of(), Optional.of(new Written(previous, backup)));
        } finally {
            Files.deleteIfExists(candidate);
        }
    }

    /** Puts back the override file as it was before {@code change} (none at all, if there was none). */
    public synchronized void undo(Written change) throws IOException {
        backUp(Files.exists(file()) ? Files.readString(file(), StandardCharsets.UTF_8) : null);
        if (change.previousText() == null) {
            Files.deleteIfExists(file());
        } else {
            AtomicFile.write(file(), change.previousText());
        }
    }

    /** The dated backups, oldest first. */
    public List<Path> backups() throws IOException {
        Path dir = dataDir.resolve(BACKUP_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(FILE_NAME + ".")).sorted().toList();
        }
    }

    private Path backUp(String previous) throws IOException {
        if (previous == null) {
            return null;
        }
        Path dir = PrivateFiles.createDirectories(dataDir.resolve(BACKUP_DIR));
        Path backup = dir.resolve(FILE_NAME + "." + STAMP.format(clock.instant()));
        AtomicFile.write(backup, previous);
        List<Path> all = backups();
        for (int i = 0; i < all.size() - BACKUPS_KEPT; i++) {
            Files.deleteIfExists(all.get(i));
        }
        return backup;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        Object o = new Yaml(new SafeConstructor(options)).load(text);
        return o instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    private static String dump(Map<String, Object> root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        return new Yaml(new Representer(options), options).dump(root);
    }
}
