package id.inspektorat.lkauditor.rules.akip;

import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * AKIP component scores (PermenPAN-RB 88/2021) above their weight (bobot), and component weights
 * that do not add up to 100. The weight is read from a {@code BOBOT} column beside a {@code NILAI}
 * column, or from a header such as {@code PERENCANAAN KINERJA (BOBOT : 30)}.
 */
@Component
@RuleInfo(id = "LK-AKIP-01", severity = Severity.ERROR, summary = "Nilai komponen AKIP melebihi bobotnya, atau bobot tidak berjumlah 100")
public final class AkipComponentOverWeight implements TableRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        Optional<Column> bobot = table.column(c -> c.has(Term.WEIGHT));
        if (bobot.isPresent()) {
            Optional<Column> nilai = table.column(c -> c.index() > bobot.get().index()
                    && c.has(Term.SCORE));
            BigDecimal sum = BigDecimal.ZERO;
            int weights = 0;
            List<Row> weighted = new ArrayList<>();
            for (Row row : table.dataRows()) {
                CellValue w = row.get(bobot.get().index());
                if (!w.isNumber()) {
                    continue;
                }
                weights++;
                weighted.add(row);
                sum = sum.add(w.number());
                nilai.ifPresent(n -> overWeight(table, row, n, w).map(f -> Evidence.from(f, row, bobot.get()))
                        .ifPresent(findings::add));
            }
            if (weights >= 4 && sum.compareTo(HUNDRED) != 0) {
                Row last = table.rows().get(table.rows().size() - 1);
                findings.add(Evidence.from(Evidence.at(this, table, last, bobot.get(), Rounding.format(sum, 2), "100,00",
                        "Bobot komponen AKIP berjumlah " + Rounding.format(sum, 2) + ", seharusnya 100 (PermenPAN-RB 88/2021)"),
                        weighted, bobot.get()));
            }
        }
        for (Column c : table.columns()) {
            String printed = c.figureAfter(Term.WEIGHTED);
            if (printed.isEmpty()) {
                continue;
            }
            CellValue weight = CellValue.text(printed);
            BigDecimal w = new BigDecimal(printed.replace(',', '.'));
            for (Row row : table.dataRows()) {
                CellValue v = row.get(c.index());
                if (v.isNumber() && v.number().compareTo(w) > 0) {
                    findings.add(Evidence.at(this, table, row, c, v.printed(), weight.printed(),
                            "Nilai komponen " + v.printed() + " melebihi bobotnya " + weight.printed()));
                }
            }
        }
        return findings;
    }

    private Optional<Finding> overWeight(Table table, Row row, Column nilai, CellValue weight) {
        CellValue v = row.get(nilai.index());
        if (!v.isNumber() || Rounding.holds(r -> Rounding.of(v, false, r).intersects(new Interval(BigDecimal.ZERO, weight.number())))) {
            return Optional.empty();
        }
        return Optional.of(Evidence.at(this, table, row, nilai, v.printed(), weight.printed(),
                "Nilai komponen '" + row.label() + "' " + v.printed() + " melebihi bobotnya " + weight.printed()));
    }
}
