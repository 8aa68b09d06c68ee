package id.inspektorat.lkauditor.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.List;
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

    @Test
    void twoRulesWithOneIdFailAtStartUp() {
        assertThatThrownBy(() -> new RuleRegistry(List.of(new First(), new Second())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("X-1");
    }

    @Test
    void aThrowingRuleCostsOnlyItsOwnFindings() {
        RuleRegistry registry = new RuleRegistry(List.of(new First(), new Throwing()));
        List<Finding> findings = registry.run(new DocumentUnderAudit("d.pdf", 1, List.of(), List.of()));
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
