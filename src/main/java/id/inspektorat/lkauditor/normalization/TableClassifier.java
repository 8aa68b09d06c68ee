package id.inspektorat.lkauditor.normalization;

import java.util.Locale;

/** Names a table's kind from its caption and header words (spec §2). */
public final class TableClassifier {

    public TableKind classify(Table t) {
        String caption = t.caption().toLowerCase(Locale.ROOT);
        StringBuilder hb = new StringBuilder();
        t.columns().forEach(c -> hb.append(c.lower()).append(" | "));
        String header = hb.toString();
        String firstCells = t.rows().stream().limit(6).map(Row::label).reduce("", (a, b) -> a + " " + b)
                .toLowerCase(Locale.ROOT);
        boolean years = t.columns().stream().filter(c -> c.year() > 0).count() >= 2;
        if ((caption.contains("skala") || header.contains("interval")) && (header.contains("predikat")
                || header.contains("kriteria") || header.contains("kategori") || caption.contains("peringkat"))) {
            return TableKind.RATING_SCALE;
        }
        if (header.contains("bobot") || firstCells.contains("perencanaan kinerja") && firstCells.contains("pengukuran")) {
            return TableKind.AKIP_COMPONENTS;
        }
        if (header.contains("unsur") || header.contains("nrr") || caption.contains("indeks pelayanan")) {
            return TableKind.IKM_SURVEY;
        }
        if (header.contains("efisiensi")) {
            return TableKind.EFFICIENCY;
        }
        if ((header.contains("anggaran") || header.contains("pagu") || header.contains("rp"))
                && header.contains("realisasi")) {
            return TableKind.BUDGET;
        }
        if (caption.contains("sejenis") || caption.contains("setara") || header.contains("nama kecamatan")
                || header.contains("kecamatan |")) {
            return TableKind.PEER_COMPARISON;
        }
        if (header.contains("target") && header.contains("realisasi")) {
            return years ? TableKind.HISTORY : TableKind.IKU_CAPAIAN;
        }
        if (header.contains("anggaran") || header.contains("pagu")) {
            return TableKind.BUDGET;
        }
        if (t.rows().stream().anyMatch(Row::total)) {
            return TableKind.PARTS_OF_WHOLE;
        }
        return TableKind.OTHER;
    }
}
