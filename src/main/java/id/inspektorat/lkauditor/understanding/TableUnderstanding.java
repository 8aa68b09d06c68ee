package id.inspektorat.lkauditor.understanding;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.TableKind;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the tool knows what a table's figures mean, so silence about it can be told from a clean
 * bill: a table with figures is understood when its caption and header name its kind, when a column
 * names what its figures are (target, realisasi, anggaran, sisa, share, whole, predikat, weight, …;
 * see {@code rules/vocabulary.yml}), or when it has a total row. Of the others only the number format
 * and repeated rows are checked; documents.csv counts them and the OPD page lists them.
 */
public final class TableUnderstanding {

    /** One table's verdict: understood, or why not. */
    public record Understanding(String table, int page, boolean understood, String reason) {

        /** How the OPD page and the history name a table that was not understood. */
        public String describe() {
            return table + " (hlm " + page + "): " + reason;
        }
    }

    /** The column terms that say what figures are (not only how they are printed). */
    private static final Set<Term> FIGURE_ROLES = EnumSet.of(Term.TARGET, Term.REALISASI, Term.CAPAIAN, Term.ANGGARAN,
            Term.SISA, Term.PENYERAPAN, Term.EFISIENSI, Term.SHARE, Term.WHOLE, Term.TOTAL_NAMED, Term.PREDIKAT, Term.WEIGHT,
            Term.RESPONDENTS, Term.SEGMENT_TARGET, Term.SEGMENT_REALISASI, Term.SEGMENT_CAPAIAN);

    private TableUnderstanding() {
    }

    public static Understanding of(Table t) {
        if (figures(t) < 2) {
            return new Understanding(t.name(), t.page(), true, "tanpa angka");
        }
        if (t.kind() != TableKind.OTHER) {
            return new Understanding(t.name(), t.page(), true, "jenis " + t.kind());
        }
        if (t.columns().stream().anyMatch(c -> FIGURE_ROLES.stream().anyMatch(c::has))) {
            return new Understanding(t.name(), t.page(), true, "kolom dikenali");
        }
        if (t.rows().stream().anyMatch(Row::total)) {
            return new Understanding(t.name(), t.page(), true, "baris jumlah");
        }
        return new Understanding(t.name(), t.page(), false,
                "arti kolomnya tidak dikenali; hanya format angka dan baris berulang yang diperiksa");
    }

    public static List<Understanding> of(List<Table> tables) {
        return tables.stream().map(TableUnderstanding::of).toList();
    }

    private static long figures(Table t) {
        return t.rows().stream().flatMap(r -> r.values().stream()).filter(CellValue::isNumber).count();
    }
}
