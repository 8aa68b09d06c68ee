package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.NarrativeText.Figure;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An average or a share the text states about a table it names ("Dari tabel 3.18 ... semuanya di
 * atas 95% atau apabila dirata-ratakan menjadi 98,12%") that the table's percentage column does not
 * give. Only a table with one percentage column is judged: with several, which one is meant is a guess.
 */
@Component
@RuleInfo(id = "LK-TXT-03", severity = Severity.ERROR, summary = "Rata-rata atau pernyataan 'semuanya di atas' dalam teks tidak sesuai tabel")
public final class AverageClaimMismatch implements AuditRule {

    private static final Pattern TABLE_REF = Pattern.compile("(?i)\\btabel\\s*\\.?\\s*(\\d+(?:\\.\\d+)+)");
    private static final Pattern AVERAGE = Pattern.compile("(?i)\\b(?:rata-?rata|dirata-?ratakan|rerata)\\b[^.%]{0,60}?"
            + Claims.FIG + "\\s*(?:%|persen)");
    private static final Pattern ALL_ABOVE = Pattern.compile("(?i)\\bsemua(?:nya)?\\s+(?:berada\\s+)?(?:di\\s+atas|lebih\\s+dari|melebihi)\\s+"
            + Claims.FIG + "\\s*(?:%|persen)");

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            Matcher ref = TABLE_REF.matcher(s.text());
            if (!ref.find()) {
                continue;
            }
            String name = "Tabel " + ref.group(1);
            Optional<Table> table = document.tables().stream().filter(t -> t.name().equals(name)).findFirst();
            Optional<Column> column = table.flatMap(AverageClaimMismatch::percentColumn);
            if (column.isEmpty()) {
                continue;
            }
            List<CellValue> values = table.get().dataRows().stream().map(r -> r.get(column.get().index()))
                    .filter(CellValue::isNumber).toList();
            if (values.size() < 2) {
                continue;
            }
            Matcher avg = AVERAGE.matcher(s.text());
            while (avg.find()) {
                Figure claim = NarrativeText.figures(avg.group(1)).get(0);
                boolean ok = Rounding.holds(r -> Interval.sum(values.stream().map(v -> Rounding.of(v, false, r)).toList())
                        .dividedBy(Interval.exact(BigDecimal.valueOf(values.size()))).intersects(Claims.interval(claim, r)));
                if (!ok) {
                    BigDecimal mean = values.stream().map(CellValue::number).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(values.size()), Interval.MC);
                    String e = Claims.format(mean, 2);
                    findings.add(Claims.onText(info(), s, claim.printed(), e, "Teks menyebut rata-rata " + claim.printed()
                            + " %, rata-rata kolom '" + column.get().label() + "' " + name + " (" + values.size()
                            + " baris) = " + e + " %", document.pages()));
                }
            }
            Matcher all = ALL_ABOVE.matcher(s.text());
            while (all.find()) {
                BigDecimal bound = NarrativeText.figures(all.group(1)).get(0).value();
                List<Row> below = table.get().dataRows().stream().filter(r -> {
                    CellValue v = r.get(column.get().index());
                    return v.isNumber() && v.number().compareTo(bound) <= 0;
                }).toList();
                if (!below.isEmpty()) {
                    CellValue lowest = below.stream().map(r -> r.get(column.get().index()))
                            .min((a, b) -> a.number().compareTo(b.number())).orElseThrow();
                    findings.add(Claims.onText(info(), s, all.group(1), lowest.printed(), "Teks menyebut semuanya di atas "
                            + all.group(1) + " %, tetapi di " + name + ": " + below.stream()
                            .map(r -> r.label() + " " + r.get(column.get().index()).printed()).collect(Collectors.joining("; ")), document.pages()));
                }
            }
        }
        return findings;
    }

    /** The table's only percentage column. */
    private static Optional<Column> percentColumn(Table t) {
        List<Column> cols = t.columns().stream().filter(c -> {
            long percents = t.dataRows().stream().filter(r -> r.get(c.index()).isNumber() && r.get(c.index()).percent()).count();
            return c.hasAny(Term.PERCENT, Term.PERSENTASE) || percents * 2 > t.dataRows().size();
        }).filter(c -> t.dataRows().stream().anyMatch(r -> r.get(c.index()).isNumber())).toList();
        return cols.size() == 1 ? Optional.of(cols.get(0)) : Optional.empty();
    }
}
