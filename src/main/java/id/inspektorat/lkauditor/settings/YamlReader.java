package id.inspektorat.lkauditor.settings;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML as a node tree so every value keeps its line: a setting that is wrong is reported as
 * {@code file:line: reason}. Plain data only: no tags, no anchors to code, no expressions.
 */
final class YamlReader {

    private final String file;

    private YamlReader(String file) {
        this.file = file;
    }

    static Node read(Path path, String displayName) {
        YamlReader r = new YamlReader(displayName);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node node = new Yaml(options).compose(in);
            if (node == null) {
                throw r.error(1, "berkas kosong");
            }
            return node;
        } catch (MarkedYAMLException e) {
            throw r.error(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "YAML tidak valid: " + e.getProblem());
        } catch (IOException e) {
            throw r.error(1, "tidak dapat dibaca: " + e.getMessage());
        }
    }

    static RulesConfigException error(String file, Node node, String reason) {
        return new RulesConfigException(file, node.getStartMark().getLine() + 1, reason);
    }

    private RulesConfigException error(int line, String reason) {
        return new RulesConfigException(file, line, reason);
    }

    /** A mapping's entries by key, refusing keys outside {@code allowed}. */
    static Map<String, Node> mapping(String file, Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(file, node, "diharapkan pemetaan (kunci: nilai)");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(file, t.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                throw error(file, t.getKeyNode(), "kunci tidak dikenal '" + key + "' (yang dikenal: " + String.join(", ", allowed) + ")");
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    /** The keys of a mapping, for the line each is written on (a value's own line can be the next one). */
    static Map<String, Node> keys(String file, Node node) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                out.put(scalar(file, t.getKeyNode()), t.getKeyNode());
            }
        }
        return out;
    }

    static List<Node> sequence(String file, Node node) {
        if (!(node instanceof SequenceNode s)) {
            throw error(file, node, "diharapkan daftar");
        }
        return new ArrayList<>(s.getValue());
    }

    static String scalar(String file, Node node) {
        if (!(node instanceof ScalarNode s)) {
            throw error(file, node, "diharapkan nilai tunggal");
        }
        return s.getValue();
    }

    static BigDecimal decimal(String file, Node node) {
        String v = scalar(file, node).trim().replace(',', '.');
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw error(file, node, "bukan angka: '" + v + "'");
        }
    }

    static boolean bool(String file, Node node) {
        String v = scalar(file, node).trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "ya" -> true;
            case "false", "no", "tidak" -> false;
            default -> throw error(file, node, "diharapkan true atau false: '" + v + "'");
        };
    }

    static Node require(String file, Node parent, Map<String, Node> map, String key) {
        Node n = map.get(key);
        if (n == null) {
            throw error(file, parent, "kunci wajib '" + key + "' tidak ada");
        }
        return n;
    }
}
