package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.MutationCorpus;
import id.inspektorat.lkauditor.job.AuditSettings;
import id.inspektorat.lkauditor.job.DocumentAuditService;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The mutation corpus: a generated report with every table kind is clean; each planted error
 * yields exactly its rule's findings at the planted page, table, row and column, and nothing else.
 * Prints recall and false alarms per rule.
 */
class MutationCorpusTest {

    @TempDir
    static Path work;

    static DocumentAuditService auditor;
    static AuditSettings settings;
    static List<AuditRule> rules;

    @BeforeAll
    static void rules() throws Exception {
        RulesSettings s = RulesSettings.load(Path.of("rules"));
        rules = new ArrayList<>();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(RuleInfo.class));
        for (BeanDefinition d : scan.findCandidateComponents("id.inspektorat.lkauditor.rules")) {
            Class<?> type = Class.forName(d.getBeanClassName());
            if (!AuditRule.class.isAssignableFrom(type) || type.getEnclosingClass() != null) {
                continue;
            }
            java.lang.reflect.Constructor<?> ctor = type.getConstructors()[0];
            Object[] args = java.util.Arrays.stream(ctor.getParameterTypes())
                    .map(p -> p == RulesSettings.class ? s : id.inspektorat.lkauditor.settings.ReferenceData.load(Path.of("rules", "reference")))
                    .toArray();
            rules.add((AuditRule) ctor.newInstance(args));
        }
        auditor = new DocumentAuditService(new RuleRegistry(rules, s));
        settings = new AuditSettings(work, work, Path.of("rules"), work, 1, 200, 1500, Duration.ofMinutes(1), 64,
                List.of(), ';', false, 200, false, false, false);
    }

    private List<Finding> audit(LkPdfBuilder report, String name) {
        Path pdf = work.resolve(name + ".pdf");
        report.save(pdf);
        DocumentAuditService.Outcome outcome = auditor.audit(pdf, name, settings);
        assertThat(outcome.result().status()).isEqualTo("AUDITED");
        return outcome.result().findings();
    }

    @Test
    void theConsistentReportHasNoFinding() {
        assertThat(audit(MutationCorpus.report(Map.of()), "clean")).isEmpty();
    }

    @Test
    void everyPlantedErrorIsFoundWhereItWasPlantedAndNothingElse() {
        Map<String, int[]> perRule = new TreeMap<>(); // planted, found, false alarms
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (MutationCorpus.Mutation m : MutationCorpus.MUTATIONS) {
            LkPdfBuilder report = MutationCorpus.report(m.cells());
            List<Finding> found = new ArrayList<>(audit(report, "mutation-" + n++));
            for (MutationCorpus.Expected e : m.findings()) {
                int[] c = perRule.computeIfAbsent(e.rule(), k -> new int[3]);
                c[0]++;
                Finding match = found.stream().filter(f -> matches(f, e, report)).findFirst().orElse(null);
                if (match != null) {
                    c[1]++;
                    found.remove(match);
                } else {
                    failures.add(m.name() + ": missing " + e);
                }
            }
            for (Finding extra : found) {
                perRule.computeIfAbsent(extra.rule(), k -> new int[3])[2]++;
                failures.add(m.name() + ": unexpected " + extra);
            }
        }
        System.out.println("rule        planted  found  false-alarms");
        perRule.forEach((rule, c) -> System.out.printf("%-11s %7d %6d %13d%n", rule, c[0], c[1], c[2]));
        assertThat(failures).isEmpty();
    }

    @Test
    void everyRuleHasAPlantedError() {
        TreeSet<String> covered = new TreeSet<>();
        MutationCorpus.MUTATIONS.forEach(m -> m.findings().forEach(e -> covered.add(e.rule())));
        assertThat(rules).extracting(r -> r.info().id()).allSatisfy(id -> assertThat(covered).contains(id));
    }

    private static boolean matches(Finding f, MutationCorpus.Expected e, LkPdfBuilder report) {
        if (e.caption().equals(MutationCorpus.TEXT)) {
            return f.rule().equals(e.rule()) && f.table().isEmpty() && f.page() > 0 && f.reported().equals(e.reported())
                    && f.expected().equals(e.expected());
        }
        String table = e.caption().isEmpty() ? "Tabel tanpa judul" : e.caption().replaceAll("^(Tabel \\S+).*", "$1");
        boolean sameTable = e.caption().isEmpty() ? f.table().startsWith(table) : f.table().equals(table);
        boolean samePage = e.caption().isEmpty() || f.page() == report.pageOf(e.caption(), e.row());
        return f.rule().equals(e.rule()) && sameTable && samePage && f.row() == e.row() && f.column().equals(e.column())
                && f.reported().equals(e.reported()) && f.expected().equals(e.expected());
    }
}
