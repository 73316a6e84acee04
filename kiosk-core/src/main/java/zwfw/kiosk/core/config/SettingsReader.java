package zwfw.kiosk.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML file against a table of {@link Setting}s: every known key's typed value with
 * its line, and a {@link ConfigProblem} for each unknown key, wrong type, out-of-range number
 * or syntax error. Reads the YAML node tree (not plain maps) so that every problem has a line.
 */
final class SettingsReader {
    /** Answers -1 beyond two edits (and stops counting there), as UnreadVariables measures with Commons Text. */
    private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);
    private final Map<String, Setting> settings;
    private final String source;
    private final List<ConfigProblem> problems;
    private final Map<String, LocatedValue> values = new LinkedHashMap<>();
    private final java.util.Set<String> present = new java.util.HashSet<>();
    private final Map<String, Node> sections = new LinkedHashMap<>();
    private final List<String> sectionNames;
    private final Map<String, Integer> sectionLines = new java.util.HashMap<>();

    SettingsReader(Map<String, Setting> settings, List<String> sectionNames, String source, List<ConfigProblem> problems) {
        this.settings = settings;
        this.sectionNames = sectionNames;
        this.source = source;
        this.problems = problems;
    }

    /** Reads the file (at most {@code maxBytes}); returns false when it could not be read or parsed at all. */
    boolean read(Path file, long maxBytes) {
        Node root = YamlFile.read(file, maxBytes, source, problems);
        if (root == null) {
            return false;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new ConfigProblem(source, line(root), "", "must be a mapping of keys to values"));
            return false;
        }
        walk(mapping, "");
        return true;
    }

    /** The line of {@code path}'s value, else of the nearest enclosing section present, else 1: where a missing key belongs. */
    int nearestLine(String path) {
        LocatedValue v = values.get(path);
        if (v != null) {
            return v.line();
        }
        String p = path;
        while (!p.isEmpty()) {
            Integer line = sectionLines.get(p);
            if (line != null) {
                return line;
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return 1;
    }

    Map<String, LocatedValue> values() {
        return values;
    }

    /** Keys that had a value in the file, valid or not (an invalid one is not also "missing"). */
    java.util.Set<String> present() {
        return present;
    }

    /** Raw nodes of sections with a shape of their own (e.g. {@code devices}). */
    Node section(String name) {
        return sections.get(name);
    }

    private void walk(MappingNode mapping, String prefix) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new ConfigProblem(source, line(tuple.getKeyNode()), prefix, "keys must be plain words, not "
                        + describe(tuple.getKeyNode())));
                continue;
            }
            String path = prefix.isEmpty() ? keyNode.getValue() : prefix + "." + keyNode.getValue();
            Node valueNode = tuple.getValueNode();
            Setting setting = settings.get(path);
            if (setting != null) {
                if (!isNull(valueNode)) {
                    present.add(path);
                }
                convert(setting, valueNode);
            } else if (sectionNames.contains(path)) {
                sections.put(path, valueNode);
                sectionLines.put(path, line(keyNode));
            } else if (isPrefixOfKnownKey(path)) {
                sectionLines.put(path, line(keyNode));
                if (valueNode instanceof MappingNode child) {
                    walk(child, path);
                } else if (!isNull(valueNode)) {
                    problems.add(new ConfigProblem(source, line(valueNode), path, "wrong type: must be a section of keys"));
                }
            } else {
                problems.add(new ConfigProblem(source, line(keyNode), path, "unknown key" + suggestion(path)));
            }
        }
    }

    private void convert(Setting setting, Node node) {
        int line = line(node);
        if (isNull(node)) {
            return; // an empty value counts as absent; required keys are checked afterwards
        }
        if (setting.type() == SettingType.STRING_LIST) {
            if (!(node instanceof SequenceNode seq)) {
                wrongType(setting, line, describe(node));
                return;
            }
            List<String> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    wrongType(setting, line(item), "a nested structure");
                    return;
                }
                String wrong = TextRules.problem(setting, s.getValue());
                if (wrong != null) {
                    problems.add(new ConfigProblem(source, line(item), setting.path(), wrong));
                    return;
                }
                list.add(s.getValue().trim());
            }
            values.put(setting.path(), new LocatedValue(List.copyOf(list), source, line));
            return;
        }
        if (!(node instanceof ScalarNode scalar)) {
            wrongType(setting, line, describe(node));
            return;
        }
        Object value = convertScalar(setting, scalar.getValue(), scalar.getTag(), source, line, problems);
        if (value != null) {
            values.put(setting.path(), new LocatedValue(value, source, line));
        }
    }

    /**
     * Converts one scalar to the setting's type; adds a problem and returns null when it does not
     * fit. {@code tag} is null for text from an environment variable (no YAML typing).
     */
    static Object convertScalar(Setting setting, String text, Tag tag, String source, int line, List<ConfigProblem> problems) {
        switch (setting.type()) {
            case STRING, PATH, IDENTIFIER -> {
                String t = text.strip();
                if (t.isEmpty() && setting.required()) {
                    problems.add(new ConfigProblem(source, line, setting.path(), "missing required value"));
                    return null;
                }
                String wrong = TextRules.problem(setting, t);
                if (wrong != null) {
                    problems.add(new ConfigProblem(source, line, setting.path(), wrong));
                    return null;
                }
                return t;
            }
            case INTEGER -> {
                String t = text.strip().replace("_", "");
                if (tag != null && !Tag.INT.equals(tag) || !t.matches("[-+]?(0|[1-9][0-9]{0,400})")) {
                    problems.add(wrongTypeProblem(setting, source, line, "'" + text + "'"));
                    return null;
                }
                java.math.BigInteger v = new java.math.BigInteger(t);
                if (v.compareTo(java.math.BigInteger.valueOf(setting.min())) < 0 || v.compareTo(java.math.BigInteger.valueOf(setting.max())) > 0) {
                    problems.add(new ConfigProblem(source, line, setting.path(),
                            "out of range: must be from " + setting.min() + " to " + setting.max() + ", not " + TextRules.cut(t)));
                    return null;
                }
                return v.intValueExact();
            }
            case BOOLEAN -> {
                String t = text.strip().toLowerCase(java.util.Locale.ROOT);
                boolean yamlBool = tag == null ? (t.equals("true") || t.equals("false")) : Tag.BOOL.equals(tag);
                if (!yamlBool) {
                    problems.add(wrongTypeProblem(setting, source, line, "'" + text + "'"));
                    return null;
                }
                return t.equals("true") || t.equals("yes") || t.equals("on");
            }
            case LOCALE -> {
                String t = text.strip();
                if (!t.equals("zh-CN") && !t.equals("en")) {
                    problems.add(wrongTypeProblem(setting, source, line, "'" + text + "'"));
                    return null;
                }
                return t;
            }
            case TIME_ZONE -> {
                String t = text.strip();
                try {
                    java.time.ZoneId.of(t);
                    return t;
                } catch (java.time.DateTimeException e) {
                    problems.add(wrongTypeProblem(setting, source, line, "'" + text + "'"));
                    return null;
                }
            }
            case PLATFORM_URL -> {
                String t = text.strip();
                if (t.equals("embedded")) {
                    return t;
                }
                String wrong = TextRules.platformUrlProblem(t);
                if (wrong != null) {
                    problems.add(new ConfigProblem(source, line, setting.path(), wrong));
                    return null;
                }
                return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
            }
            case STRING_LIST -> {
                List<String> items = new ArrayList<>();
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        String wrong = TextRules.problem(setting, part.strip());
                        if (wrong != null) {
                            problems.add(new ConfigProblem(source, line, setting.path(), wrong));
                            return null;
                        }
                        items.add(part.strip());
                    }
                }
                return List.copyOf(items);
            }
            default -> throw new IllegalStateException("unhandled type " + setting.type());
        }
    }

    private void wrongType(Setting setting, int line, String got) {
        problems.add(wrongTypeProblem(setting, source, line, got));
    }

    private static ConfigProblem wrongTypeProblem(Setting setting, String source, int line, String got) {
        String shown = setting.secret() ? "the given value" : TextRules.cut(got);
        return new ConfigProblem(source, line, setting.path(),
                "wrong type: must be " + setting.type().description + ", not " + shown);
    }

    private boolean isPrefixOfKnownKey(String path) {
        String p = path + ".";
        return settings.keySet().stream().anyMatch(k -> k.startsWith(p));
    }

    private String suggestion(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        for (String known : settings.keySet()) {
            String knownLast = known.substring(known.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (knownLast.equals(last) || closeEnough(knownLast, last)) {
                return " (did you mean '" + known + "'?)";
            }
        }
        return "";
    }

    /** An edit distance of at most 2 between names of 4 letters or more, for "did you mean". */
    private static boolean closeEnough(String a, String b) {
        return a.length() >= 4 && WITHIN_TWO_EDITS.apply(a, b) >= 0;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a section of keys";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + TextRules.cut(((ScalarNode) node).getValue()) + "'";
    }
}
