package id.inspektorat.lkauditor.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inspektorat.lkauditor.crosscheck.BatchRule;
import id.inspektorat.lkauditor.crosscheck.ReportFacts;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.RuleTestSupport;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    @RuleInfo(id = "X-1", severity = Severity.ERROR, summary = "a")
    static final class First implements TableRule {
        @Override
        public List<Finding> check(Table table) {
            return List.of();
        }
    }

    @RuleInfo(id = "X-1", severity = Severity.WARNING, summary = "b")
    static final class Second implements TableRule {
        @Override
        public List<Finding> check(Table table) {
            return List.of();
        }
    }

    @RuleInfo(id = "X-2", severity = Severity.WARNING, summary = "throws")
    static final class Throwing implements AuditRule {
        @Override
        public List<Finding> check(DocumentUnderAudit document) {
            throw new IllegalStateException("boom");
        }
    }

    @RuleInfo(id = "X-3", severity = Severity.ERROR, summary = "across")
    static final class Across implements BatchRule {
        @Override
        public Map<String, List<Finding>> check(List<ReportFacts> reports) {
            return Map.of("a.pdf", List.of(new Finding("X-3", Severity.ERROR, 1, "Tabel 1", 1, "", "", "1", "2", "m")));
        }
    }

    @RuleInfo(id = "X-4", severity = Severity.ERROR, summary = "across, throws")
    static final class AcrossThrowing implements BatchRule {
        @Override
        public Map<String, List<Finding>> check(List<ReportFacts> reports) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aDocumentRuleAndAnAcrossReportRuleWithOneIdFailAtStartUp() {
        @RuleInfo(id = "X-3", severity = Severity.ERROR, summary = "same id")
        final class Clash implements AuditRule {
            @Override
            public List<Finding> check(DocumentUnderAudit document) {
                return List.of();
            }
        }
        assertThatThrownBy(() -> new RuleRegistry(List.of(new Clash()), List.of(new Across()), RulesSettings.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("X-3");
    }

    @Test
    void theRegistryRunsTheAcrossReportRulesAndAThrowingOneCostsOnlyItsOwn() {
        RuleRegistry registry = new RuleRegistry(List.of(), List.of(new Across(), new AcrossThrowing()), RulesSettings.defaults());
        Map<String, List<Finding>> found = registry.runAcross(List.of());
        assertThat(found).containsOnlyKeys("a.pdf");
        assertThat(found.get("a.pdf")).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("X-3"));
    }

    @Test
    void twoRulesWithOneIdFailAtStartUp() {
        assertThatThrownBy(() -> new RuleRegistry(List.of(new First(), new Second())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("X-1");
    }

    @Test
    void aThrowingRuleCostsOnlyItsOwnFindings() {
        RuleRegistry registry = new RuleRegistry(List.of(new First(), new Throwing()));
        List<Finding> findings = registry.run(new DocumentUnderAudit("d.pdf", 1, List.of(), List.of(), RuleTestSupport.FACTS));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("X-2"));
    }

    @Test
    void oneCellFoundUnderTwoColumnsOfAMergedCellIsOneFinding() {
        Finding a = new Finding("LK-PRED-01", Severity.ERROR, 78, "Tabel 2.9", 1, "Nilai SAKIP", "kolom 25", "BB(70)", "B",
                "Nilai 70 berpredikat B, tertulis BB");
        Finding b = new Finding("LK-PRED-01", Severity.ERROR, 78, "Tabel 2.9", 1, "Nilai SAKIP", "kolom 26", "BB(70)", "B",
                "Nilai 70 berpredikat B, tertulis BB");
        Finding otherRow = new Finding("LK-PRED-01", Severity.ERROR, 78, "Tabel 2.9", 2, "Nilai SAKIP", "kolom 25", "BB(70)",
                "B", "Nilai 70 berpredikat B, tertulis BB");
        assertThat(RuleRegistry.distinct(List.of(a, b, otherRow))).containsExactly(a, otherRow);
    }
}
