package id.inspektorat.lkauditor.history;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;

/**
 * A fact as kept in the history: the quantity, whose and which year, the figure as printed, and where
 * (also as boxes on the page, {@link id.inspektorat.lkauditor.rules.Finding.Geometry#encode}, so a
 * finding across reports can show it; empty when not known).
 */
public record StoredFact(Quantity quantity, String detail, String subject, int year, String printed, String table, int page,
                         int row, String column, String geometry) {

    public static StoredFact of(Fact f) {
        return new StoredFact(f.quantity(), f.detail(), f.subject(), f.year(), f.value().printed(), f.table().name(),
                f.row().page(), f.row().number(), f.column().label(),
                Evidence.geometry(f.table(), f.row(), f.column()).encode());
    }

    /** Where the figure is printed, for a finding about it; null when not known. */
    public Finding.Geometry placeOnPage() {
        return Finding.Geometry.decode(geometry, null);
    }

    public String place() {
        return table + " (hlm " + page + ", baris " + row + ")";
    }
}
