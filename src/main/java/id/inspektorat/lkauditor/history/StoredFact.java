package id.inspektorat.lkauditor.history;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.facts.Quantity;

/** A fact as kept in the history: the quantity, whose and which year, the figure as printed, and where. */
public record StoredFact(Quantity quantity, String detail, String subject, int year, String printed, String table, int page,
                         int row, String column) {

    public static StoredFact of(Fact f) {
        return new StoredFact(f.quantity(), f.detail(), f.subject(), f.year(), f.value().printed(), f.table().name(),
                f.row().page(), f.row().number(), f.column().label());
    }

    public String place() {
        return table + " (hlm " + page + ", baris " + row + ")";
    }
}
