package id.inspektorat.lkauditor.normalization;

import static id.inspektorat.lkauditor.vocabulary.Term.*;

import id.inspektorat.lkauditor.vocabulary.Term;
import java.util.Locale;

/** Names a table's kind from the terms of its caption and header (spec §2). */
public final class TableClassifier {

    public TableKind classify(Table t) {
        String firstCells = t.rows().stream().limit(6).map(Row::label).reduce("", (a, b) -> a + " " + b)
                .toLowerCase(Locale.ROOT);
        boolean years = t.columns().stream().filter(c -> c.year() > 0).count() >= 2;
        if ((t.captionHas(CAPTION_SCALE) || any(t, INTERVAL)) && (any(t, CRITERIA) || t.captionHas(CAPTION_RANKING))) {
            return TableKind.RATING_SCALE;
        }
        // the AKIP components table is also known by its rows, whatever its header says
        if (any(t, WEIGHTED) || firstCells.contains("perencanaan kinerja") && firstCells.contains("pengukuran")) {
            return TableKind.AKIP_COMPONENTS;
        }
        if (any(t, SURVEY_ELEMENT) || t.captionHas(CAPTION_IKM)) {
            return TableKind.IKM_SURVEY;
        }
        if (any(t, EFISIENSI)) {
            return TableKind.EFFICIENCY;
        }
        if ((any(t, ANGGARAN) || any(t, RUPIAH)) && any(t, REALISASI)) {
            return TableKind.BUDGET;
        }
        if (t.captionHas(CAPTION_PEER) || any(t, PEER_NAME)) {
            return TableKind.PEER_COMPARISON;
        }
        if (any(t, TARGET) && any(t, REALISASI)) {
            return years ? TableKind.HISTORY : TableKind.IKU_CAPAIAN;
        }
        if (any(t, ANGGARAN)) {
            return TableKind.BUDGET;
        }
        if (t.rows().stream().anyMatch(Row::total)) {
            return TableKind.PARTS_OF_WHOLE;
        }
        return TableKind.OTHER;
    }

    private static boolean any(Table t, Term term) {
        return t.columns().stream().anyMatch(c -> c.has(term));
    }
}
