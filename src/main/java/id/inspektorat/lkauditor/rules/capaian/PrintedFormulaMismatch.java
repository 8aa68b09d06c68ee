package id.inspektorat.lkauditor.rules.capaian;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A column that does not follow the formula its own numbering row prints ({@code 9 = (7)/(8) × 100}). */
@Component
@RuleInfo(id = "LK-FRM-01", severity = Severity.ERROR, summary = "Nilai kolom tidak sesuai rumus yang tercantum pada baris penomoran")
public final class PrintedFormulaMismatch implements TableRule {

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        Optional<FormulaExpression.Parsed> formula = FormulaExpression.parse(table.formula());
        if (formula.isEmpty()) {
            return findings;
        }
        Optional<Column> target = table.column(c -> c.number().equals(formula.get().target()));
        if (target.isEmpty()) {
            return findings;
        }
        for (Row row : table.dataRows()) {
            CellValue printed = row.get(target.get().index());
            if (!printed.isNumber()) {
                continue;
            }
            Map<String, CellValue> operands = new HashMap<>();
            Map<String, String> shown = new HashMap<>();
            for (Column c : table.columns()) {
                CellValue v = row.get(c.index());
                if (!c.number().isEmpty() && v.isNumeric()) {
                    operands.put(c.number(), v);
                    shown.put(c.number(), v.isNumber() ? Rounding.format(v.number(), v.decimals()) : "0");
                }
            }
            Optional<Interval> exact = evaluate(formula.get().expression(), operands, null);
            if (exact.isEmpty() || Rounding.holds(r -> evaluate(formula.get().expression(), operands, r)
                    .map(e -> e.intersects(Rounding.printed(printed.number(), printed.decimals(), r))).orElse(true))) {
                continue;
            }
            String value = Rounding.format(exact.get().mid(), Math.max(2, printed.decimals()));
            String substituted = formula.get().expression();
            for (Map.Entry<String, String> e : shown.entrySet()) {
                substituted = substituted.replace("(" + e.getKey() + ")", e.getValue());
            }
            String expression = formula.get().expression();
            List<Column> used = table.columns().stream()
                    .filter(c -> !c.number().isEmpty() && expression.contains("(" + c.number() + ")")).toList();
            findings.add(Evidence.from(Evidence.at(this, table, row, target.get(), printed.printed(), value,
                    "Rumus kolom (" + formula.get().target() + ") = " + expression + ": " + substituted
                            + " = " + value + "; tertulis " + printed.printed()), List.of(row), used));
        }
        return findings;
    }

    /** With {@code reading} null, the printed figures taken as exact. */
    private static Optional<Interval> evaluate(String expression, Map<String, CellValue> operands, Rounding.Reading reading) {
        Map<String, Interval> intervals = new HashMap<>();
        operands.forEach((k, v) -> intervals.put(k, reading == null ? Interval.exact(v.numberOrZero()) : Rounding.of(v, true, reading)));
        return FormulaExpression.evaluate(expression, intervals);
    }
}
