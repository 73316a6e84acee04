package zwfw.kiosk.core.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.storage.PrivateFiles;

/**
 * Saves a diagnostics bundle where staff can take it: onto the first writable USB stick mounted
 * now ({@link RemovableMedia}), or else (no stick, or the stick refused the file) into
 * {@code DATA_DIR/diagnostics/} as a private file, where the last {@value #KEPT_IN_DATA_DIR} are kept.
 */
public final class DiagnosticsSaver implements BundleSaver {
    private static final Logger log = LoggerFactory.getLogger(DiagnosticsSaver.class);
    static final int KEPT_IN_DATA_DIR = 5;

    private final Supplier<DiagnosticsBundle> bundles;
    private final Path dataDir;
    private final RemovableMedia media;

    /** {@code bundles}: a bundle with its sections, made fresh for each save (its name carries the time). */
    public DiagnosticsSaver(Supplier<DiagnosticsBundle> bundles, Path dataDir, RemovableMedia media) {
        this.bundles = bundles;
        this.dataDir = dataDir;
        this.media = media;
    }

    @Override
    public SavedBundle save() throws IOException {
        DiagnosticsBundle bundle = bundles.get();
        Optional<RemovableMedia.Mount> stick = media.firstWritable();
        if (stick.isPresent()) {
            Path file = stick.get().mountPoint().resolve(bundle.fileName());
            try {
                long bytes = bundle.writeTo(file, false);
                log.info("diagnostics bundle saved to the removable medium {} ({} bytes)", stick.get().mountPoint(), bytes);
                return new SavedBundle(file, true, bytes);
            } catch (IOException e) {
                log.warn("diagnostics bundle: the removable medium {} refused it ({}); saving into the data directory",
                        stick.get().mountPoint(), e.toString());
            }
        }
        Path dir = PrivateFiles.createDirectories(dataDir.resolve("diagnostics"));
        Path file = dir.resolve(bundle.fileName());
        long bytes = bundle.writeTo(file, true);
        prune(dir);
        log.info("diagnostics bundle saved to {} ({} bytes)", file, bytes);
        return new SavedBundle(file, false, bytes);
    }

    /** Writes a bundle to a file staff named (kioskctl diag bundle --out FILE). */
    public SavedBundle saveTo(Path file) throws IOException {
        long bytes = bundles.get().writeTo(file, true);
        return new SavedBundle(file, false, bytes);
    }

    private static void prune(Path dir) throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.list(dir)) {
            bundles = files.filter(f -> f.getFileName().toString().startsWith("kiosk-diag-") && f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        }
        for (Path old : bundles.subList(Math.min(KEPT_IN_DATA_DIR, bundles.size()), bundles.size())) {
            Files.deleteIfExists(old);
        }
    }
}
