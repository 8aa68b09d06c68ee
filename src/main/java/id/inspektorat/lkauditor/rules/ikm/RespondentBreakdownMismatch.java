package id.inspektorat.lkauditor.rules.ikm;

import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An IKM survey's respondent breakdowns (by sex, age, education, job) that do not each add up to
 * the number of respondents. Two layouts: groups down the table (the group's name in the first
 * column, its counts beside), checked against the stated number of respondents or, when none is
 * stated, against the sum most groups share; and one row with "Jumlah Responden" beside its parts
 * ({@code 25 | Puas 25 | Tidak Puas -}).
 */
@Component
@RuleInfo(id = "LK-IKM-02", severity = Severity.ERROR, summary = "Rincian responden tidak berjumlah sama dengan jumlah responden")
public final class RespondentBreakdownMismatch implements TableRule {

    private final Vocabulary vocabulary;

    public RespondentBreakdownMismatch(RulesSettings settings) {
        this.vocabulary = settings.vocabulary();
    }

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        if (!table.about(Term.TOPIC_RESPONDENTS)) {
            return findings;
        }
        Optional<Column> stated = table.column(c -> c.has(Term.RESPONDENTS));
        if (stated.isPresent()) {
            horizontal(table, stated.get(), findings);
        } else {
            vertical(table, findings);
        }
        return findings;
    }

    /** "Jumlah Responden | Puas | Tidak Puas" on one row. */
    private void horizontal(Table table, Column total, List<Finding> findings) {
        for (Row row : table.dataRows()) {
            CellValue n = row.get(total.index());
            if (!n.isNumber()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<Column> parts = new ArrayList<>();
            for (Column c : table.columns()) {
                CellValue v = row.get(c.index());
                if (c != total && v.isNumeric() && !v.percent() && !c.has(Term.PERCENT)) {
                    sum = sum.add(v.numberOrZero());
                    parts.add(c);
                }
            }
            if (parts.size() >= 2 && sum.compareTo(n.number()) != 0) {
                findings.add(Evidence.from(Evidence.at(this, table, row, total, n.printed(), Rounding.format(sum, 0),
                        "Rincian responden berjumlah " + Rounding.format(sum, 0) + ", jumlah responden tertulis " + n.printed()),
                        List.of(row), parts));
            }
        }
    }

    private record Group(Row first, String name, BigDecimal sum, List<Row> rows) {
    }

    private void vertical(Table table, List<Finding> findings) {
        Optional<Column> count = table.columns().stream().filter(c -> c.index() > 0 && !c.has(Term.PERCENT)
                && table.dataRows().stream().filter(r -> r.get(c.index()).isNumber() && !r.get(c.index()).percent()).count() >= 4)
                .findFirst();
        if (count.isEmpty()) {
            return;
        }
        List<Group> groups = new ArrayList<>();
        BigDecimal statedTotal = null;
        Row statedRow = null;
        List<Row> members = new ArrayList<>();
        Row current = null;
        String name = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Row r : table.rows()) {
            CellValue head = r.get(0);
            CellValue v = r.get(count.get().index());
            if (vocabulary.names(Term.RESPONDENTS, r.label()) || r.total()) {
                if (v.isNumber()) {
                    statedTotal = v.number();
                    statedRow = r;
                }
                continue;
            }
            if (head.kind() == ValueKind.TEXT && !head.printed().isBlank()) {
                if (current != null) {
                    groups.add(new Group(current, name, sum, members));
                }
                members = new ArrayList<>();
                current = r;
                name = head.printed();
                sum = BigDecimal.ZERO;
            }
            if (current != null && v.isNumeric()) {
                sum = sum.add(v.numberOrZero());
                members.add(r);
            }
        }
        if (current != null) {
            groups.add(new Group(current, name, sum, members));
        }
        if (groups.size() < 2) {
            return;
        }
        BigDecimal reference = statedTotal != null ? statedTotal : mostCommon(groups);
        if (reference == null) {
            return;
        }
        for (Group g : groups) {
            if (g.sum().compareTo(reference) != 0) {
                // the group's own rows are what is summed; the stated total is what it is compared with
                List<Row> involved = new ArrayList<>(g.rows());
                if (statedRow != null) {
                    involved.add(statedRow);
                }
                findings.add(Evidence.from(Evidence.at(this, table, g.first(), count.get(), Rounding.format(g.sum(), 0),
                        Rounding.format(reference, 0), "Responden menurut " + g.name() + " berjumlah " + Rounding.format(g.sum(), 0)
                                + ", sedangkan jumlah responden " + Rounding.format(reference, 0)), involved, count.get()));
            }
        }
    }

    private static BigDecimal mostCommon(List<Group> groups) {
        Map<BigDecimal, Integer> counts = new HashMap<>();
        groups.forEach(g -> counts.merge(g.sum().stripTrailingZeros(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > groups.size()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
