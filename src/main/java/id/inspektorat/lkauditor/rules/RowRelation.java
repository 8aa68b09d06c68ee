package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.normalization.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A relation of a table's columns tested row by row (capaian = realisasi / target × 100, sisa =
 * anggaran − realisasi, L + P = L+P, a share = part / whole × 100). It belongs to the table when
 * most of the rows it can be tested on satisfy it, and its exceptions are the findings, each saying
 * on how many rows it held. One that fails on more rows than it holds (three rows tested at least)
 * is not the table's relation — the columns are not what the header made of them — and gives no
 * finding. Total rows do not vote: a JUMLAH follows its parts, so one wrong part breaks it too.
 */
public final class RowRelation {

    private int tested;
    private int held;
    private int votesBroken;
    private final List<Finding> broken = new ArrayList<>();

    /** A row that satisfies the relation. */
    public void holds(Row row) {
        if (!row.total()) {
            tested++;
            held++;
        }
    }

    /** A row that breaks it, with its finding. */
    public void breaks(Row row, Finding f) {
        if (!row.total()) {
            tested++;
            votesBroken++;
        }
        broken.add(f);
    }

    /** A row that misses it by one rounding unit (a share nudged so the column makes 100 %): reported, no vote. */
    public void nearlyHolds(Finding f) {
        broken.add(f);
    }

    public int tested() {
        return tested;
    }

    public int held() {
        return held;
    }

    /** The findings, each with the relation's support; none when the relation is not the table's. */
    public List<Finding> findings() {
        if (tested >= 3 && held < votesBroken) {
            return List.of();
        }
        if (tested < 2) {
            return List.copyOf(broken);
        }
        String support = " (rumus ini berlaku pada " + held + " dari " + tested + " baris rincian yang dapat diuji)";
        return broken.stream().map(f -> f.withMessage(f.message() + support)).toList();
    }
}
