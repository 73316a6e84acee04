package zwfw.kiosk.drivers.smartcard.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Card profiles from data: the ones shipped with the drivers ({@code social-security}) and any
 * given in configuration as a map of the same shape:
 * <pre>
 * name: social-security
 * application: 7378312E73682EC9E7BBE1B1A3D5CF   # hex
 * files:
 *   - id: EF05
 *     records:
 *       - {tag: 0x07, field: cardNumber, length: 9, encoding: ASCII}
 * </pre>
 */
public final class CardProfiles {
    public static final String SOCIAL_SECURITY = "social-security";
    private static final List<String> SHIPPED = List.of(SOCIAL_SECURITY);

    private CardProfiles() {
    }

    /** The names of the profiles shipped with the drivers. */
    public static List<String> shipped() {
        return SHIPPED;
    }

    /** A shipped profile by name; {@link IllegalArgumentException} naming the known ones otherwise. */
    public static CardProfile shipped(String name) {
        if (!SHIPPED.contains(name)) {
            throw new IllegalArgumentException("no card profile '" + name + "' (known: " + String.join(", ", SHIPPED) + ")");
        }
        try (InputStream in = CardProfiles.class.getResourceAsStream(name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("profile resource " + name + ".yaml is missing from the build");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read profile " + name, e);
        }
    }

    /** Parses one profile from YAML text. */
    public static CardProfile parse(InputStream yaml) {
        Reader reader = new java.io.InputStreamReader(yaml, StandardCharsets.UTF_8);
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a card profile is a map with name, application and files");
        }
        return fromMap(map);
    }

    /** Builds a profile from a configuration map (as YAML loads it); errors name the bad key. */
    public static CardProfile fromMap(Map<?, ?> map) {
        String name = required(map, "name", "profile").toString();
        String where = "profile " + name;
        byte[] aid = hex(required(map, "application", where).toString(), where + ": application");
        Object filesValue = required(map, "files", where);
        if (!(filesValue instanceof List<?> fileList) || fileList.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'files' must be a non-empty list");
        }
        List<CardFile> files = new ArrayList<>();
        for (Object f : fileList) {
            if (!(f instanceof Map<?, ?> fm)) {
                throw new IllegalArgumentException(where + ": each file is a map with id and records");
            }
            String fid = required(fm, "id", where + " file").toString();
            byte[] fidBytes = hex(fid, where + ": file id");
            if (fidBytes.length != 2) {
                throw new IllegalArgumentException(where + ": file id " + fid + " must be two bytes, e.g. EF05");
            }
            String fwhere = where + " file " + fid;
            Object recs = required(fm, "records", fwhere);
            if (!(recs instanceof List<?> recList) || recList.isEmpty()) {
                throw new IllegalArgumentException(fwhere + ": 'records' must be a non-empty list");
            }
            List<CardRecord> records = new ArrayList<>();
            for (Object r : recList) {
                if (!(r instanceof Map<?, ?> rm)) {
                    throw new IllegalArgumentException(fwhere + ": each record is a map with tag, field, length, encoding");
                }
                String field = required(rm, "field", fwhere + " record").toString();
                String rwhere = fwhere + " record " + field;
                int tag = number(required(rm, "tag", rwhere), rwhere + ": tag");
                int length = number(required(rm, "length", rwhere), rwhere + ": length");
                FieldEncoding enc;
                String encName = required(rm, "encoding", rwhere).toString().toUpperCase(Locale.ROOT).replace('-', '_');
                try {
                    enc = FieldEncoding.valueOf(encName);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(rwhere + ": unknown encoding '" + encName + "' (known: "
                            + java.util.Arrays.toString(FieldEncoding.values()) + ")");
                }
                records.add(new CardRecord(tag, field, length, enc));
            }
            files.add(new CardFile(((fidBytes[0] & 0xFF) << 8) | (fidBytes[1] & 0xFF), records));
        }
        Object description = map.get("description");
        return new CardProfile(name, description == null ? "" : description.toString(), aid, files);
    }

    private static Object required(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        }
        return v;
    }

    private static int number(Object v, String where) {
        if (v instanceof Number n) {
            return n.intValue();
        }
        String s = v.toString().trim();
        try {
            return s.startsWith("0x") || s.startsWith("0X") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " must be a number, not '" + s + "'");
        }
    }

    private static byte[] hex(String s, String where) {
        String clean = s.replace(" ", "");
        try {
            return HexFormat.of().parseHex(clean);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " must be hex bytes, not '" + s + "'");
        }
    }
}
