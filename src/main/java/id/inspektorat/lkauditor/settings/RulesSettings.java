package id.inspektorat.lkauditor.settings;

import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What {@code rules/} says: rule switches and severities ({@code lk-auditor.yml}) and the rating
 * scales ({@code scales/*.yml}). Loaded once at start-up; a bad file fails the start with its file,
 * line and reason. A scale name the folder does not define at all falls back to the scales of that
 * name shipped in the jar (built from this repository's {@code rules/scales}); so does the header
 * vocabulary ({@code vocabulary.yml}).
 *
 * <p>Scales by period: each scale file says which report years it applies to ({@code valid-from},
 * optional {@code valid-to}); two scales of one name may not cover the same year. A report is held
 * to the scale of its year ({@link #scales(String, int)}): when no scale of that name covers the
 * year (a 2016 report, the oldest scale from 2017) it is held to none, and the check abstains. When
 * the year is unknown (0: the title page does not say, or a Renstra's period) every scale of the
 * name is a candidate, and a rule reports only what all candidates agree on ({@link #agreed}).
 */
public final class RulesSettings {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");

    public static final Set<String> SCALES = Set.of("akip", "ikm", "capaian");
    private static final List<String> BUNDLED = List.of("akip-permenpan-rb-88-2021.yml", "ikm-permenpan-rb-14-2017.yml",
            "capaian-permendagri-86-2017.yml");

    private final Map<String, RuleSwitch> switches;
    /** By name, latest period first. */
    private final Map<String, List<RatingScale>> scales;
    private final Vocabulary vocabulary;

    public RulesSettings(Map<String, RuleSwitch> switches, Map<String, List<RatingScale>> scales, Vocabulary vocabulary) {
        this.switches = Map.copyOf(switches);
        Map<String, List<RatingScale>> byName = new LinkedHashMap<>();
        scales.forEach((name, list) -> byName.put(name, list.stream()
                .sorted(Comparator.comparingInt(RatingScale::validFrom).reversed()).toList()));
        this.scales = Map.copyOf(byName);
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

    /** The latest scale of {@code name}: the regulation in force now. Rules ask for the scale of a report's year instead. */
    public RatingScale scale(String name) {
        List<RatingScale> all = scales.get(name);
        if (all == null || all.isEmpty()) {
            throw new IllegalStateException("no rating scale " + name);
        }
        return all.get(0);
    }

    /** Every scale of {@code name}, latest period first. */
    public List<RatingScale> allScales(String name) {
        return scales.getOrDefault(name, List.of());
    }

    /**
     * The scales a report on {@code year} may be held to, latest first: the one whose period covers
     * the year; none when no period does (a report is never held to a regulation issued after its
     * year); every scale of the name when the year is unknown (0).
     */
    public List<RatingScale> scales(String name, int year) {
        List<RatingScale> all = allScales(name);
        if (year <= 0) {
            return all;
        }
        return all.stream().filter(s -> s.covers(year)).toList();
    }

    /**
     * The scale of {@code name} for a report on {@code year}: the one covering the year; for an
     * unknown year (0) the one scale there is, or the scale all of them rate alike; else empty
     * (abstain).
     */
    public Optional<RatingScale> scale(String name, int year) {
        List<RatingScale> candidates = scales(name, year);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        RatingScale first = candidates.get(0);
        return candidates.stream().allMatch(first::ratesLike) ? Optional.of(first) : Optional.empty();
    }

    /**
     * What every candidate scale says, or empty: {@code check} is run under each of
     * {@code candidates} and its answer kept only when every candidate answers and the answers have
     * the same {@code key} (for a finding: the same cell and the same expected figure). The answer
     * under the first (latest) candidate is returned. No candidates: empty.
     */
    public static <T, K> Optional<T> agreed(List<RatingScale> candidates, Function<RatingScale, Optional<T>> check,
                                            Function<T, K> key) {
        T first = null;
        for (RatingScale s : candidates) {
            Optional<T> answer = check.apply(s);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            if (first == null) {
                first = answer.get();
            } else if (!Objects.equals(key.apply(first), key.apply(answer.get()))) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(first);
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
        Map<String, List<Period>> scales = new LinkedHashMap<>();
        Path scaleDir = rulesDir.resolve("scales");
        if (Files.isDirectory(scaleDir)) {
            try (Stream<Path> files = Files.list(scaleDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList()) {
                    Period p = readPeriod(f, "scales/" + f.getFileName());
                    scales.computeIfAbsent(p.scale().name(), n -> new ArrayList<>()).add(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, List<Period>> shipped = new LinkedHashMap<>();
        for (String name : BUNDLED) {
            Period p = bundled(name);
            shipped.computeIfAbsent(p.scale().name(), n -> new ArrayList<>()).add(p);
        }
        shipped.forEach(scales::putIfAbsent); // a name the folder does not define: the jar's scales of it
        Map<String, List<RatingScale>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, List<Period>> e : scales.entrySet()) {
            checkPeriods(e.getKey(), e.getValue());
            byName.put(e.getKey(), e.getValue().stream().map(Period::scale).toList());
        }
        Vocabulary vocabulary = Files.isRegularFile(rulesDir.resolve(VocabularyFile.NAME))
                ? VocabularyFile.read(rulesDir.resolve(VocabularyFile.NAME), VocabularyFile.NAME) : bundledVocabulary();
        return new RulesSettings(switches, byName, vocabulary);
    }

    /** A scale and the line of its {@code valid-from}, where an overlap is reported. */
    private record Period(RatingScale scale, int line) {
    }

    /** Two scales of one name may not cover the same report year: the later-starting file is named, at its valid-from. */
    private static void checkPeriods(String name, List<Period> periods) {
        List<Period> sorted = periods.stream().sorted(Comparator.comparingInt((Period p) -> p.scale().validFrom())
                .thenComparing(p -> p.scale().source())).toList();
        for (int i = 1; i < sorted.size(); i++) {
            RatingScale before = sorted.get(i - 1).scale();
            RatingScale s = sorted.get(i).scale();
            if (before.validTo() == 0 || before.validTo() >= s.validFrom()) {
                throw new RulesConfigException(s.source(), sorted.get(i).line(), "periode skala '" + name + "' " + s.period()
                        + " bertumpang tindih dengan " + before.source() + " (" + before.period()
                        + "); tutup periode yang lama dengan valid-to");
            }
        }
    }

    private static Period bundled(String name) {
        return BundledFile.read("scales/" + name, tmp -> readPeriod(tmp, "(bawaan) scales/" + name));
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
            if (!RULE_ID.matcher(id).matches()) {
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
        return readPeriod(path, file).scale();
    }

    private static Period readPeriod(Path path, String file) {
        Node root = YamlReader.read(path, file);
        Map<String, Node> top = YamlReader.mapping(file, root, Set.of("scale", "regulation", "valid-from", "valid-to", "grades"));
        String name = YamlReader.scalar(file, YamlReader.require(file, root, top, "scale")).trim();
        if (!SCALES.contains(name)) {
            throw YamlReader.error(file, top.get("scale"), "skala tidak dikenal '" + name + "' (akip, ikm, capaian)");
        }
        String regulation = YamlReader.scalar(file, YamlReader.require(file, root, top, "regulation")).trim();
        Node fromNode = YamlReader.require(file, root, top, "valid-from");
        int validFrom = year(file, fromNode, "valid-from");
        int validTo = 0;
        if (top.containsKey("valid-to")) {
            validTo = year(file, top.get("valid-to"), "valid-to");
            if (validTo < validFrom) {
                throw YamlReader.error(file, top.get("valid-to"), "valid-to " + validTo + " sebelum valid-from " + validFrom);
            }
        }
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
        return new Period(new RatingScale(name, regulation, grades, file, validFrom, validTo),
                YamlReader.keys(file, root).get("valid-from").getStartMark().getLine() + 1);
    }

    /** A report year: four digits, 1990 to 2100 (an LK year, not a regulation number or a date). */
    private static int year(String file, Node node, String key) {
        String v = YamlReader.scalar(file, node).trim();
        if (!FOUR_DIGITS.matcher(v).matches() || Integer.parseInt(v) < 1990 || Integer.parseInt(v) > 2100) {
            throw YamlReader.error(file, node, key + " harus tahun laporan (empat angka, mis. 2021), bukan '" + v + "'");
        }
        return Integer.parseInt(v);
    }
}
