package id.inspektorat.lkauditor.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What {@code rules/} says: rule switches and severities ({@code lk-auditor.yml}) and the rating
 * scales ({@code scales/*.yml}). Loaded once at start-up; a bad file fails the start with its file,
 * line and reason. A scale the folder does not define falls back to the one shipped in the jar
 * (built from this repository's {@code rules/scales}); so does the header vocabulary ({@code vocabulary.yml}).
 */
public final class RulesSettings {

    public static final Set<String> SCALES = Set.of("akip", "ikm", "capaian");
    private static final List<String> BUNDLED = List.of("akip-permenpan-rb-88-2021.yml", "ikm-permenpan-rb-14-2017.yml",
            "capaian-permendagri-86-2017.yml");

    private final Map<String, RuleSwitch> switches;
    private final Map<String, RatingScale> scales;
    private final Vocabulary vocabulary;

    public RulesSettings(Map<String, RuleSwitch> switches, Map<String, RatingScale> scales, Vocabulary vocabulary) {
        this.switches = Map.copyOf(switches);
        this.scales = Map.copyOf(scales);
        this.vocabulary = vocabulary;
    }

    /** The header and caption words ({@code vocabulary.yml}). */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The vocabulary shipped in the jar (built from this repository's {@code rules/vocabulary.yml}). */
    public static Vocabulary bundledVocabulary() {
        return BundledVocabulary.INSTANCE;
    }

    private static final class BundledVocabulary {
        static final Vocabulary INSTANCE = VocabularyFile.bundled();
    }

    public Optional<RuleSwitch> rule(String id) {
        return Optional.ofNullable(switches.get(id));
    }

    public Map<String, RuleSwitch> switches() {
        return switches;
    }

    public RatingScale scale(String name) {
        RatingScale s = scales.get(name);
        if (s == null) {
            throw new IllegalStateException("no rating scale " + name);
        }
        return s;
    }

    /** The scales shipped in the jar and no switches. */
    public static RulesSettings defaults() {
        return load(Path.of("/nonexistent-lk-rules"));
    }

    /** Loads {@code rulesDir}; a missing folder means defaults. */
    public static RulesSettings load(Path rulesDir) {
        Map<String, RuleSwitch> switches = new LinkedHashMap<>();
        Path main = rulesDir.resolve("lk-auditor.yml");
        if (Files.isRegularFile(main)) {
            switches.putAll(readSwitches(main, rulesDir.relativize(main).toString()));
        }
        Map<String, RatingScale> scales = new LinkedHashMap<>();
        Path scaleDir = rulesDir.resolve("scales");
        if (Files.isDirectory(scaleDir)) {
            try (Stream<Path> files = Files.list(scaleDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList()) {
                    RatingScale s = readScale(f, "scales/" + f.getFileName());
                    RatingScale before = scales.put(s.name(), s);
                    if (before != null) {
                        throw new RulesConfigException(s.source(), 1, "skala '" + s.name() + "' juga didefinisikan di " + before.source());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String name : BUNDLED) {
            RatingScale s = bundled(name);
            scales.putIfAbsent(s.name(), s);
        }
        Vocabulary vocabulary = Files.isRegularFile(rulesDir.resolve(VocabularyFile.NAME))
                ? VocabularyFile.read(rulesDir.resolve(VocabularyFile.NAME), VocabularyFile.NAME) : bundledVocabulary();
        return new RulesSettings(switches, scales, vocabulary);
    }

    private static RatingScale bundled(String name) {
        return BundledFile.read("scales/" + name, tmp -> readScale(tmp, "(bawaan) scales/" + name));
    }

    static Map<String, RuleSwitch> readSwitches(Path path, String file) {
        Node root = YamlReader.read(path, file);
        Map<String, Node> top = YamlReader.mapping(file, root, Set.of("rules"));
        Map<String, RuleSwitch> out = new LinkedHashMap<>();
        Node rules = top.get("rules");
        if (rules == null) {
            return out;
        }
        Map<String, Node> byId = YamlReader.mapping(file, rules, null);
        Map<String, Node> keys = YamlReader.keys(file, rules);
        for (Map.Entry<String, Node> e : byId.entrySet()) {
            String id = e.getKey();
            if (!id.matches("[A-Z]+(-[A-Z0-9]+)+")) {
                throw YamlReader.error(file, keys.get(id), "id aturan tidak sah '" + id + "' (contoh: LK-CAP-01)");
            }
            Map<String, Node> fields = YamlReader.mapping(file, e.getValue(), Set.of("enabled", "severity"));
            boolean enabled = !fields.containsKey("enabled") || YamlReader.bool(file, fields.get("enabled"));
            Severity severity = null;
            if (fields.containsKey("severity")) {
                String s = YamlReader.scalar(file, fields.get("severity")).trim().toUpperCase(Locale.ROOT);
                try {
                    severity = Severity.valueOf(s);
                } catch (IllegalArgumentException ex) {
                    throw YamlReader.error(file, fields.get("severity"), "severity harus ERROR, WARNING atau INFO, bukan '" + s + "'");
                }
            }
            // the line of the rule's id, where an unknown id is to be corrected
            out.put(id, new RuleSwitch(id, enabled, severity, file, keys.get(id).getStartMark().getLine() + 1));
        }
        return out;
    }

    static RatingScale readScale(Path path, String file) {
        Node root = YamlReader.read(path, file);
        Map<String, Node> top = YamlReader.mapping(file, root, Set.of("scale", "regulation", "grades"));
        String name = YamlReader.scalar(file, YamlReader.require(file, root, top, "scale")).trim();
        if (!SCALES.contains(name)) {
            throw YamlReader.error(file, top.get("scale"), "skala tidak dikenal '" + name + "' (akip, ikm, capaian)");
        }
        String regulation = YamlReader.scalar(file, YamlReader.require(file, root, top, "regulation")).trim();
        List<Grade> grades = new ArrayList<>();
        for (Node g : YamlReader.sequence(file, YamlReader.require(file, root, top, "grades"))) {
            Map<String, Node> f = YamlReader.mapping(file, g, Set.of("grade", "label", "from", "above", "up-to", "below"));
            String grade = YamlReader.scalar(file, YamlReader.require(file, g, f, "grade")).trim();
            String label = f.containsKey("label") ? YamlReader.scalar(file, f.get("label")).trim() : grade;
            if (f.containsKey("from") && f.containsKey("above") || f.containsKey("up-to") && f.containsKey("below")) {
                throw YamlReader.error(file, g, "predikat '" + grade + "': pakai 'from' atau 'above', dan 'up-to' atau 'below', tidak keduanya");
            }
            BigDecimal lower = f.containsKey("from") ? YamlReader.decimal(file, f.get("from"))
                    : f.containsKey("above") ? YamlReader.decimal(file, f.get("above")) : null;
            BigDecimal upper = f.containsKey("up-to") ? YamlReader.decimal(file, f.get("up-to"))
                    : f.containsKey("below") ? YamlReader.decimal(file, f.get("below")) : null;
            if (lower == null && upper == null) {
                throw YamlReader.error(file, g, "predikat '" + grade + "' tanpa batas nilai");
            }
            if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
                throw YamlReader.error(file, g, "predikat '" + grade + "': batas bawah " + lower + " tidak di bawah batas atas " + upper);
            }
            grades.add(new Grade(grade, label, lower, f.containsKey("from"), upper, f.containsKey("up-to")));
        }
        if (grades.isEmpty()) {
            throw YamlReader.error(file, top.get("grades"), "skala tanpa predikat");
        }
        return new RatingScale(name, regulation, grades, file);
    }
}
