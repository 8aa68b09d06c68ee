package id.inspektorat.lkauditor.report;

/** Findings new since the last run, fixed since it, and still open; first: no earlier run had the OPD's documents. */
public record Change(int fresh, int fixed, int open, boolean first) {

    public static final Change NONE = new Change(0, 0, 0);

    public Change(int fresh, int fixed, int open) {
        this(fresh, fixed, open, false);
    }

    public Change plus(Change o) {
        return new Change(fresh + o.fresh, fixed + o.fixed, open + o.open, first && o.first);
    }
}
