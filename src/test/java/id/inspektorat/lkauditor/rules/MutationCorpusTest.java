package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Auditor;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.MutationCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation corpus: a generated report with every table kind is clean; each planted error
 * yields exactly its rule's findings at the planted page, table, row and column, and nothing else.
 * Prints recall and false alarms per rule.
 */
class MutationCorpusTest {

    @TempDir
    static Path work;

    static Auditor auditor;

    @BeforeAll
    static void rules() {
        auditor = new Auditor(work);
    }

    private List<Finding> audit(LkPdfBuilder report, String name) {
        return auditor.audit(report, name);
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
        assertThat(auditor.rules()).as("the per-document rules the context wires").hasSizeGreaterThan(25);
        assertThat(auditor.rules()).extracting(r -> r.info().id()).allSatisfy(id -> assertThat(covered).contains(id));
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
