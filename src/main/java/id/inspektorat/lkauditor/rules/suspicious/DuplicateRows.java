package id.inspektorat.lkauditor.rules.suspicious;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.understanding.TableShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Two differently named rows of one table with the same distinctive figures in three or more
 * columns (Perjuangan = Kwala Sikasim: 1.447 / 1.653 / 3.100): a row copied and not updated.
 * Neighbouring rows, parent/child rows (a kegiatan with its only sub-kegiatan, by marker, code or a
 * chain of single children) and rows that differ in any figure they both print are left alone;
 * figures such as 0, 1, 100 and percentages are not distinctive, and at least two of the shared
 * figures must be uneven (1.447, not 40.000.000): equal planned targets are common and innocent.
 */
@Component
@RuleInfo(id = "LK-DUP-01", severity = Severity.WARNING, summary = "Dua baris berbeda memuat angka yang sama persis (diduga salin-tempel)")
public final class DuplicateRows implements TableRule {

    private static final BigDecimal DISTINCT_FROM = BigDecimal.valueOf(10);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        List<Row> rows = table.dataRows();
        // a copied row needs three distinctive figures, two of them not round: rows with fewer
        // cannot be one side of a pair (rows x columns, once, instead of for every pair)
        boolean[] candidate = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int distinct = 0;
            int uneven = 0;
            for (Column c : table.columns()) {
                CellValue x = rows.get(i).get(c.index());
                if (distinctive(x)) {
                    distinct++;
                    uneven += uneven(x.number()) ? 1 : 0;
                }
            }
            candidate[i] = distinct >= 3 && uneven >= 2;
        }
        List<List<String>> codes = rows.stream().map(TableShape::code).toList(); // read once, not per pair
        for (int i = 0; i < rows.size(); i++) {
            if (!candidate[i]) {
                continue;
            }
            for (int j = i + 2; j < rows.size(); j++) {
                if (!candidate[j]) {
                    continue;
                }
                Row a = rows.get(i);
                Row b = rows.get(j);
                if (a.label().isBlank() || a.label().equalsIgnoreCase(b.label()) || a.bold() != b.bold()
                        || TableShape.isChildRow(a) != TableShape.isChildRow(b)) {
                    continue;
                }
                if (TableShape.isAncestor(codes.get(i), codes.get(j)) || TableShape.isAncestor(codes.get(j), codes.get(i))
                        || chained(table, rows, i, j)) {
                    continue; // a kegiatan with its only sub-kegiatan, at any depth, carries its figures
                }
                List<String> same = new ArrayList<>();
                int uneven = 0;
                Column first = null;
                List<Column> matched = new ArrayList<>();
                List<Column> differing = new ArrayList<>();
                for (Column c : table.columns()) {
                    CellValue x = a.get(c.index());
                    CellValue y = b.get(c.index());
                    if (distinctive(x) && distinctive(y) && x.number().compareTo(y.number()) != 0) {
                        differing.add(c); // the same targets with other amounts: two rows, not one copied
                    } else if (distinctive(x) && distinctive(y)) {
                        same.add(x.printed());
                        uneven += uneven(x.number()) ? 1 : 0;
                        first = first == null ? c : first;
                        matched.add(c);
                    }
                }
                if (differing.isEmpty() && same.size() >= 3 && uneven >= 2) {
                    findings.add(Evidence.from(Evidence.at(this, table, b, first, String.join(" / ", same), "",
                            "Baris '" + b.label() + "' (baris " + b.number() + ") memuat angka yang sama dengan baris '"
                                    + a.label() + "' (baris " + a.number() + "): " + String.join(" / ", same)
                                    + "; periksa apakah data disalin tanpa diperbarui"), List.of(a, b), matched));
                } else if (!differing.isEmpty()) {
                    copiedGroup(table, a, b, matched, differing).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    /**
     * A whole group of columns under one header ("Jumlah Penduduk › L / P / L+P") that two rows print
     * alike while they differ elsewhere: the group's block copied from one row to the other and not
     * updated. The group has three columns or more, all whole numbers of 100 or more (counts and amounts:
     * scores coincide too often), two of them uneven, and none of its columns differ.
     */
    private Optional<Finding> copiedGroup(Table table, Row a, Row b, List<Column> matched, List<Column> differing) {
        // columns under one merged header share its path above their own segment
        Map<List<String>, List<Column>> groups = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            if (c.depth() >= 2) {
                groups.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<List<String>, List<Column>> g : groups.entrySet()) {
            List<Column> cols = g.getValue();
            if (cols.size() < 3 || !matched.containsAll(cols) || cols.stream().anyMatch(differing::contains)) {
                continue;
            }
            if (cols.stream().anyMatch(c -> !count(a.get(c.index()).number()))) {
                continue; // scores (24,8 / 22,4 / 11,4 of an evaluation's components) coincide more often than counts
            }
            List<String> same = cols.stream().map(c -> a.get(c.index()).printed()).toList();
            long uneven = cols.stream().filter(c -> uneven(a.get(c.index()).number())).count();
            if (uneven < 2) {
                continue;
            }
            return Optional.of(Evidence.from(Evidence.at(this, table, b, cols.get(0), String.join(" / ", same), "",
                    "Baris '" + b.label() + "' (baris " + b.number() + ") memuat angka '" + String.join(" › ", g.getKey()) + "' yang sama dengan baris '"
                            + a.label() + "' (baris " + a.number() + "): " + String.join(" / ", same)
                            + ", sedangkan kolom lainnya berbeda; periksa apakah data disalin tanpa diperbarui"),
                    List.of(a, b), cols));
        }
        return Optional.empty();
    }

    /**
     * Every row between {@code i} and {@code j} prints no figure or the same figures as row {@code i}:
     * a chain of single children (5036 › 5036.CBR › 5036.CBR.151), or a label wrapped onto its own row.
     */
    private static boolean chained(Table table, List<Row> rows, int i, int j) {
        Row a = rows.get(i);
        for (int k = i + 1; k < j; k++) {
            int other = 0;
            for (Column c : table.columns()) {
                CellValue x = a.get(c.index());
                CellValue y = rows.get(k).get(c.index());
                if (distinctive(y) && !(x.isNumber() && x.number().compareTo(y.number()) == 0)) {
                    other++; // codes split over cells (7 | 01 | 05) are not distinctive figures
                }
            }
            if (other >= 2) {
                return false; // a row of its own between them (one stray figure is a fragment of a cell)
            }
        }
        return true;
    }

    /**
     * Planned figures are round (500 keluarga, Rp 40.000.000) or small (12 bulan, 11 lokasi);
     * measured ones seldom are: 1.447 jiwa, Rp 157.248.979.
     */
    private static boolean uneven(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        boolean round = stripped.scale() <= 0 && v.remainder(BigDecimal.TEN).signum() == 0;
        return !round && (stripped.scale() > 0 || v.abs().compareTo(BigDecimal.valueOf(100)) >= 0);
    }

    /** A whole number of 100 or more: a head count or an amount, not a score. */
    private static boolean count(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 && v.compareTo(HUNDRED) >= 0;
    }

    private static boolean distinctive(CellValue v) {
        return v.isNumber() && !v.percent() && v.number().abs().compareTo(DISTINCT_FROM) >= 0
                && v.number().compareTo(HUNDRED) != 0;
    }
}
