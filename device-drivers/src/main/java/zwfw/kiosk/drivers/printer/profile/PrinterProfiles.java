package zwfw.kiosk.drivers.printer.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The printer profiles shipped as data ({@code profiles.properties} beside this class, one
 * {@code NAME.key=value} group per model). An unknown name falls back to {@code simple}, the
 * conservative profile every ESC/POS printer manages: 58 mm, no native QR, no cutter, no
 * Chinese font (Chinese is printed as raster).
 */
public final class PrinterProfiles {
    public static final String FALLBACK = "simple";
    private static final Map<String, PrinterProfile> SHIPPED = load();

    private PrinterProfiles() {
    }

    /** The profile of that name (capitals ignored), or {@code simple} when there is none. */
    public static PrinterProfile byName(String name) {
        PrinterProfile p = name == null ? null : SHIPPED.get(name.trim().toLowerCase(Locale.ROOT));
        return p != null ? p : SHIPPED.get(FALLBACK);
    }

    /** The profile of that name, or an error naming the known ones (for configuration checks). */
    public static PrinterProfile require(String name) {
        PrinterProfile p = name == null ? null : SHIPPED.get(name.trim().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("unknown printer profile '" + name + "' (known: " + names() + ")");
        }
        return p;
    }

    public static List<String> names() {
        return List.copyOf(SHIPPED.keySet());
    }

    static Map<String, PrinterProfile> parse(Properties props) {
        Map<String, PrinterProfile> out = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            String name = key.substring(0, key.indexOf('.'));
            out.computeIfAbsent(name, n -> profile(n, props));
        }
        if (!out.containsKey(FALLBACK)) {
            throw new IllegalStateException("printer profiles lack the '" + FALLBACK + "' fallback");
        }
        return Collections.unmodifiableMap(out);
    }

    private static PrinterProfile profile(String n, Properties p) {
        return new PrinterProfile(n, p.getProperty(n + ".description"),
                number(p, n, "paperMillimetres"), number(p, n, "dotsPerLine"), number(p, n, "columns"),
                flag(p, n, "chineseFont"), flag(p, n, "gb18030FourByte"), flag(p, n, "nativeQr"),
                PrinterProfile.Cutter.valueOf(required(p, n, "cutter").toUpperCase(Locale.ROOT)),
                number(p, n, "codePage"), number(p, n, "feedLinesBeforeCut"));
    }

    private static String required(Properties p, String name, String key) {
        String v = p.getProperty(name + "." + key);
        if (v == null) {
            throw new IllegalStateException("printer profile " + name + " lacks " + key);
        }
        return v.trim();
    }

    private static int number(Properties p, String name, String key) {
        return Integer.parseInt(required(p, name, key));
    }

    private static boolean flag(Properties p, String name, String key) {
        return Boolean.parseBoolean(required(p, name, key));
    }

    private static Map<String, PrinterProfile> load() {
        try (InputStream in = PrinterProfiles.class.getResourceAsStream("profiles.properties")) {
            if (in == null) {
                throw new IllegalStateException("profiles.properties missing from the build");
            }
            Properties props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
