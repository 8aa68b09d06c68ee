package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.facts.OpdNameMatcher;
import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.rules.Rounding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Looks up what an OPD's own report printed for a quantity and year. Built once per night: reports
 * by the core of their OPD's name, own figures by quantity, detail and year, so a night of hundreds
 * of reports costs one pass over their facts, not every report for every quoted figure.
 */
final class FactIndex {

    record Own(ReportFacts report, StoredFact fact) {
    }

    private record Key(Quantity quantity, String detail, int year) {
    }

    private static final NumberParser PARSER = new NumberParser();
    /** In the order of the reports given, each report's first own fact per key. */
    private final Map<String, List<Map.Entry<ReportFacts, Map<Key, StoredFact>>>> byOpd = new HashMap<>();

    /** The LKs among the reports: what an OPD "printed" for a year is what its Laporan Kinerja printed. */
    FactIndex(List<ReportFacts> reports) {
        this(reports, ReportFacts::isLk);
    }

    /** The reports {@code include} takes (the Perjanjian Kinerja only, say). */
    FactIndex(List<ReportFacts> reports, Predicate<ReportFacts> include) {
        for (ReportFacts r : reports) {
            String opd = OpdNameMatcher.core(r.opd());
            if (opd.isEmpty() || !include.test(r)) {
                continue;
            }
            Map<Key, StoredFact> own = new HashMap<>();
            for (StoredFact f : r.facts()) {
                if (f.subject().isEmpty()) {
                    own.putIfAbsent(new Key(f.quantity(), f.detail(), f.year()), f);
                }
            }
            byOpd.computeIfAbsent(opd, k -> new ArrayList<>()).add(Map.entry(r, own));
        }
    }

    /**
     * The figure the OPD's own report gives, preferring a report of tonight's run, then the newest
     * earlier one; {@code reportYear} 0 means any report of the OPD.
     */
    Optional<Own> own(String opd, StoredFact like, int reportYear) {
        Key key = new Key(like.quantity(), like.detail(), like.year());
        Own first = null;
        for (Map.Entry<ReportFacts, Map<Key, StoredFact>> e : byOpd.getOrDefault(OpdNameMatcher.core(opd), List.of())) {
            ReportFacts r = e.getKey();
            StoredFact f = e.getValue().get(key);
            if (f == null || reportYear != 0 && r.reportYear() != reportYear) {
                continue;
            }
            if (r.inBatch()) {
                return Optional.of(new Own(r, f));
            }
            first = first == null ? new Own(r, f) : first;
        }
        return Optional.ofNullable(first);
    }

    /** The figure each report of the OPD gives ({@code reportYear} 0: any year), in the order of the reports. */
    List<Own> all(String opd, StoredFact like, int reportYear) {
        Key key = new Key(like.quantity(), like.detail(), like.year());
        List<Own> out = new ArrayList<>();
        for (Map.Entry<ReportFacts, Map<Key, StoredFact>> e : byOpd.getOrDefault(OpdNameMatcher.core(opd), List.of())) {
            StoredFact f = e.getValue().get(key);
            if (f != null && (reportYear == 0 || e.getKey().reportYear() == reportYear)) {
                out.add(new Own(e.getKey(), f));
            }
        }
        return out;
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
