package zwfw.kiosk.core.config;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one configuration file into a YAML node tree, so that every later problem has a line, and
 * refuses with a line what must never reach the reader: a file that is not a regular file or too
 * large (checked before it is opened: a FIFO or {@code /dev/zero} would hang or never end), bytes
 * that are not UTF-8, control characters, anchors and aliases (no configuration needs them, and
 * they are how "billion laughs" files explode), nesting beyond a small depth, and duplicate keys
 * (a deleted {@code - id:} line must not silently merge two devices).
 */
final class YamlFile {
    static final int MAX_NESTING = 20;

    private YamlFile() {
    }

    /** The root node of {@code file}, or null after adding what is wrong to {@code problems}. */
    static Node read(Path file, long maxBytes, String source, List<ConfigProblem> problems) {
        byte[] bytes;
        try {
            bytes = RegularFile.read(file, maxBytes);
        } catch (RegularFile.Refused e) {
            problems.add(new ConfigProblem(source, 1, "", e.getMessage()));
            return null;
        }
        String text = decode(bytes, source, problems);
        if (text == null || !printable(text, source, problems)) {
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(options);
        int lastLine = 1;
        try {
            for (Event event : yaml.parse(new StringReader(text))) {
                lastLine = line(event.getStartMark(), lastLine);
                if (event instanceof AliasEvent || event instanceof NodeEvent n && n.getAnchor() != null) {
                    problems.add(new ConfigProblem(source, lastLine, "",
                            "anchors and aliases (&name, *name) are not allowed in the configuration: write the value out"));
                    return null;
                }
            }
        } catch (MarkedYAMLException e) {
            problems.add(new ConfigProblem(source, line(e.getProblemMark(), lastLine), "", "YAML syntax error: " + oneLine(e.getProblem())));
            return null;
        } catch (YAMLException e) {
            problems.add(new ConfigProblem(source, lastLine, "", "YAML error: " + oneLine(e.getMessage())));
            return null;
        }
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (YAMLException e) {
            // the events above parsed, so this is a limit of the composer; name the last line seen
            problems.add(new ConfigProblem(source, lastLine, "", "YAML error: " + oneLine(e.getMessage())));
            return null;
        }
        if (root == null) {
            problems.add(new ConfigProblem(source, 1, "", "is empty"));
            return null;
        }
        int before = problems.size();
        duplicates(root, "", source, problems);
        return problems.size() > before ? null : root;
    }

    /** Strict UTF-8: the first malformed byte is reported with its line. */
    private static String decode(byte[] bytes, String source, List<ConfigProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new ConfigProblem(source, line, "", "is not valid UTF-8 text (byte " + (at + 1)
                    + " is 0x" + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + "): save it as UTF-8"));
            return null;
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            // flushed already
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** YAML allows tab, line feed and carriage return among the control characters; nothing else. */
    private static boolean printable(String text, String source, List<ConfigProblem> problems) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c != '\t' && c != '\r' && (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF
                    || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validPair(text, i))) {
                problems.add(new ConfigProblem(source, line, "", "contains the control character U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ": remove it"));
                return false;
            } else if (Character.isHighSurrogate(c)) {
                i++; // the low half of a valid pair
            }
        }
        return true;
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Every mapping's keys once: the second occurrence is the error, with its line and the first's. */
    private static void duplicates(Node node, String path, String source, List<ConfigProblem> problems) {
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                String child = name == null ? path : path.isEmpty() ? name : path + "." + name;
                if (name != null) {
                    Integer first = seen.putIfAbsent(name, SettingsReader.line(t.getKeyNode()));
                    if (first != null) {
                        problems.add(new ConfigProblem(source, SettingsReader.line(t.getKeyNode()), child,
                                "duplicate key (first on line " + first + "): a line was deleted or copied twice?"));
                    }
                }
                duplicates(t.getValueNode(), child, source, problems);
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                duplicates(items.get(i), path + "[" + i + "]", source, problems);
            }
        }
    }

    private static int line(Mark mark, int fallback) {
        return mark == null ? fallback : mark.getLine() + 1;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
