package zwfw.kiosk.core.diagnostics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.privacy.PersonalDataMasker;

/**
 * Builds the diagnostics bundle: one zip holding what each {@link BundleSection} writes, plus
 * {@code manifest.json} (kiosk, time in the configured zone, each section and whether it worked).
 * A section that fails is named in the manifest and the others still go in: a bundle is most
 * needed when something is broken. The zip is written under a temporary name and moved into
 * place, so a half-written file (a stick pulled out) never looks like a bundle.
 */
public final class DiagnosticsBundle {
    private static final Logger log = LoggerFactory.getLogger(DiagnosticsBundle.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final String kioskId;
    private final Clock clock;
    private final List<BundleSection> sections;

    /** {@code clock}: the kiosk's clock, in its configured zone. */
    public DiagnosticsBundle(String kioskId, Clock clock, List<BundleSection> sections) {
        this.kioskId = kioskId;
        this.clock = clock;
        this.sections = List.copyOf(sections);
    }

    /** The file name a bundle made now gets: kiosk id and local time, characters every file system takes. */
    public String fileName() {
        return "kiosk-diag-" + kioskId.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + ".zip";
    }

    /** Writes the bundle to {@code file} (replacing it) and returns its size in bytes. */
    public long writeTo(Path file, boolean privateFile) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        if (privateFile) {
            zwfw.kiosk.core.storage.PrivateFiles.createFile(part);
        }
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)))) {
                write(zip);
                zip.finish();
                zip.flush();
                channel.force(true); // on the stick before it is named: staff pull it out right after
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return Files.size(file);
    }

    private void write(ZipOutputStream zip) throws IOException {
        ZipEntries entries = new ZipEntries(zip);
        List<Map<String, Object>> done = new ArrayList<>();
        for (BundleSection section : sections) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("section", section.name());
            try {
                section.write(entries);
                entries.closeOpen();
                outcome.put("ok", true);
            } catch (IOException | RuntimeException e) {
                entries.closeOpen();
                log.warn("diagnostics bundle: section {} failed: {}", section.name(), e.toString());
                outcome.put("ok", false);
                outcome.put("problem", PersonalDataMasker.mask(String.valueOf(e.getMessage())).replaceAll("\\p{Cntrl}", " "));
            }
            done.add(outcome);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("kioskId", kioskId);
        manifest.put("createdAt", zwfw.kiosk.core.time.ShownTime.json(clock.instant(), clock.getZone()));
        manifest.put("sections", done);
        manifest.put("entries", entries.names());
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
    }

    /** The zip as sections see it: entry names are unique, and an entry a failed section left open is closed. */
    private static final class ZipEntries implements BundleEntries {
        private final ZipOutputStream zip;
        private final List<String> names = new ArrayList<>();
        private boolean open;

        ZipEntries(ZipOutputStream zip) {
            this.zip = zip;
        }

        @Override
        public void put(String name, byte[] content) throws IOException {
            put(name, out -> out.write(content));
        }

        @Override
        public void put(String name, Content content) throws IOException {
            if (names.contains(name)) {
                throw new IllegalArgumentException("two bundle entries named " + name);
            }
            zip.putNextEntry(new ZipEntry(name));
            names.add(name);
            open = true;
            content.writeTo(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the zip stays open for the next entry
                }
            });
            zip.closeEntry();
            open = false;
        }

        void closeOpen() throws IOException {
            if (open) {
                zip.closeEntry();
                open = false;
            }
        }

        List<String> names() {
            return List.copyOf(names);
        }
    }
}
