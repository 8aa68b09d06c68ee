package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.facts.OpdNameMatcher;
import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.rules.Rounding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Looks up what an OPD's own report printed for a quantity and year. */
final class FactIndex {

    record Own(ReportFacts report, StoredFact fact) {
    }

    private static final NumberParser PARSER = new NumberParser();
    private final List<ReportFacts> reports;

    FactIndex(List<ReportFacts> reports) {
        this.reports = reports;
    }

    /**
     * The figure the OPD's own report gives, preferring a report of tonight's run, then the newest
     * earlier one; {@code reportYear} 0 means any report of the OPD.
     */
    Optional<Own> own(String opd, StoredFact like, int reportYear) {
        List<Own> found = new ArrayList<>();
        for (ReportFacts r : reports) {
            if (!OpdNameMatcher.same(r.opd(), opd) || reportYear != 0 && r.reportYear() != reportYear) {
                continue;
            }
            r.facts().stream().filter(f -> f.subject().isEmpty() && f.quantity() == like.quantity()
                    && f.detail().equals(like.detail()) && f.year() == like.year()).findFirst()
                    .ifPresent(f -> found.add(new Own(r, f)));
        }
        return found.stream().filter(o -> o.report().inBatch()).findFirst().or(() -> found.stream().findFirst());
    }

    static boolean agree(StoredFact a, StoredFact b) {
        CellValue x = PARSER.parse(a.printed());
        CellValue y = PARSER.parse(b.printed());
        if (!x.isNumber() || !y.isNumber()) {
            return true; // nothing to compare
        }
        if (a.quantity().isMoney()) {
            return x.number().compareTo(y.number()) == 0;
        }
        return Rounding.holds(r -> Rounding.of(x, false, r).intersects(Rounding.of(y, false, r)));
    }
}
