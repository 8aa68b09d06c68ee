package id.inspektorat.lkauditor.registry;

import id.inspektorat.lkauditor.crosscheck.BatchRule;
import id.inspektorat.lkauditor.crosscheck.ReportFacts;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rule;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.settings.RuleSwitch;
import id.inspektorat.lkauditor.settings.RulesConfigException;
import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every {@link AuditRule} bean, by id. Two rules with one id, or a rule without {@link RuleInfo},
 * fail at start-up. Running the rules over a document collects their findings; a rule that throws
 * despite its contract costs only its own findings and leaves a note.
 */
@Component
public class RuleRegistry {

    private static final Logger log = LoggerFactory.getLogger(RuleRegistry.class);

    private final List<AuditRule> rules;
    private final List<BatchRule> batchRules;
    private final RulesSettings settings;
    /** Time spent in each rule since start-up, summed over threads: the benchmark prints the slowest. */
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public RuleRegistry(List<AuditRule> beans) {
        this(beans, RulesSettings.defaults());
    }

    public RuleRegistry(List<AuditRule> beans, RulesSettings settings) {
        this(beans, List.of(), settings);
    }

    @Autowired
    public RuleRegistry(List<AuditRule> beans, List<BatchRule> batchBeans,
                        RulesSettings settings) {
        this.settings = settings;
        Map<String, Rule> byId = new HashMap<>();
        List<Rule> all = new ArrayList<>(beans);
        all.addAll(batchBeans);
        for (Rule rule : all) {
            String id = rule.info().id();
            Rule other = byId.putIfAbsent(id, rule);
            if (other != null) {
                throw new IllegalStateException("Rule id " + id + " is used by both " + other.getClass().getName()
                        + " and " + rule.getClass().getName());
            }
        }
        this.batchRules = batchBeans.stream()
                .filter(r -> settings.rule(r.info().id()).map(RuleSwitch::enabled).orElse(true)).toList();
        for (RuleSwitch sw : settings.switches().values()) {
            if (!byId.containsKey(sw.id())) {
                throw new RulesConfigException(sw.file(), sw.line(), "aturan '" + sw.id() + "' tidak ada (yang ada: "
                        + String.join(", ", byId.keySet().stream().sorted().toList()) + ")");
            }
        }
        List<AuditRule> sorted = new ArrayList<>(beans.stream()
                .filter(r -> settings.rule(r.info().id()).map(RuleSwitch::enabled).orElse(true)).toList());
        sorted.sort(Comparator.comparing(r -> r.info().id()));
        this.rules = List.copyOf(sorted);
    }

    /** What {@code rules/} says: switches, scales, vocabulary. */
    public RulesSettings settings() {
        return settings;
    }

    public List<AuditRule> rules() {
        return rules;
    }

    /** The enabled rules that compare reports. */
    public List<BatchRule> batchRules() {
        return batchRules;
    }

    /** A finding of a rule with its configured severity applied. */
    public Finding configured(String ruleId, Severity ruleDefault, Finding f) {
        Severity configured = settings.rule(ruleId).map(RuleSwitch::severity).orElse(null);
        return configured != null && f.severity() == ruleDefault ? f.withSeverity(configured) : f;
    }

    public List<Finding> run(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            long start = System.nanoTime();
            try {
                Severity configured = settings.rule(rule.info().id()).map(RuleSwitch::severity).orElse(null);
                for (Finding f : rule.check(document)) {
                    // the configured severity replaces the rule's default; findings the rule itself
                    // marked as less sure keep their own
                    findings.add(configured != null && f.severity() == rule.info().severity() ? f.withSeverity(configured) : f);
                }
            } catch (RuntimeException e) {
                log.warn("Aturan {} gagal pada {}: {}", rule.info().id(), document.document(), e.toString());
                findings.add(new Finding("LK-ENGINE", Severity.INFO, 0, "", 0, "", "", "", "",
                        "Pemeriksaan " + rule.info().id() + " tidak dapat dijalankan pada dokumen ini: " + e.getClass().getSimpleName()));
            } finally {
                nanos.computeIfAbsent(rule.info().id(), k -> new LongAdder())
                        .add(System.nanoTime() - start);
            }
        }
        return distinct(findings);
    }

    /**
     * Runs the across-report rules over the night's reports and the history's: findings by the path of
     * tonight's document they are about, each with its configured severity; a rule that throws costs
     * only its own findings.
     */
    public Map<String, List<Finding>> runAcross(List<ReportFacts> reports) {
        Map<String, List<Finding>> findings = new TreeMap<>();
        for (BatchRule rule : batchRules) {
            long start = System.nanoTime();
            try {
                rule.check(reports).forEach((path, list) -> list.forEach(f -> findings
                        .computeIfAbsent(path, k -> new ArrayList<>())
                        .add(configured(rule.info().id(), rule.info().severity(), f))));
            } catch (RuntimeException e) {
                log.warn("Pemeriksaan antar-laporan {} gagal: {}", rule.info().id(), e.toString());
            } finally {
                nanos.computeIfAbsent(rule.info().id(), k -> new LongAdder()).add(System.nanoTime() - start);
            }
        }
        return findings;
    }

    /**
     * One printed cell found twice (a merged cell the grid split over two columns gives the same
     * rule, row, figures and message under both) is one finding.
     */
    static List<Finding> distinct(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = String.join("\u001f", f.rule(), Integer.toString(f.page()), f.table(), Integer.toString(f.row()),
                    f.reported(), f.expected(), f.message());
            if (f.row() == 0 || seen.add(key)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The slowest rules so far, "id=ms" by time spent, at most {@code limit}. */
    public String slowest(int limit) {
        return nanos.entrySet().stream()
                .sorted(Map.Entry.<String, LongAdder>comparingByValue(
                        Comparator.comparingLong(LongAdder::sum)).reversed())
                .limit(limit).map(e -> e.getKey() + "=" + e.getValue().sum() / 1_000_000 + "ms")
                .collect(Collectors.joining(" "));
    }
}
