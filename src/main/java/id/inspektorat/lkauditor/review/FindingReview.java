package id.inspektorat.lkauditor.review;

import id.inspektorat.lkauditor.intake.Slugs;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each finding of a run its fingerprint and its verdict, if any. Fingerprints are unique per
 * OPD (over all of its documents), and OPDs differ in the hash, so no two findings of a run share one.
 */
public final class FindingReview {

    private FindingReview() {
    }

    /**
     * @param opds       each document's OPD name
     * @param findings   each document's findings, in the same order
     * @return each document's findings, reviewed, in the order given
     */
    public static List<List<ReviewedFinding>> review(List<String> opds, List<List<Finding>> findings, Verdicts verdicts) {
        Map<String, List<Integer>> byOpd = new LinkedHashMap<>();
        for (int d = 0; d < opds.size(); d++) {
            byOpd.computeIfAbsent(Slugs.slug(opds.get(d)), k -> new ArrayList<>()).add(d);
        }
        List<List<ReviewedFinding>> out = new ArrayList<>();
        for (int d = 0; d < opds.size(); d++) {
            out.add(new ArrayList<>());
        }
        for (List<Integer> docs : byOpd.values()) {
            List<Finding> all = new ArrayList<>();
            List<Integer> owner = new ArrayList<>();
            for (int d : docs) {
                all.addAll(findings.get(d));
                findings.get(d).forEach(f -> owner.add(d));
            }
            List<String> prints = Fingerprints.of(opds.get(docs.get(0)), all);
            for (int i = 0; i < all.size(); i++) {
                out.get(owner.get(i)).add(new ReviewedFinding(all.get(i), prints.get(i), verdicts.of(prints.get(i)).orElse(null)));
            }
        }
        return out;
    }

    /**
     * Whether an auditor has marked this finding a false alarm, as far as one document can tell: every
     * verdict on its fingerprint (and on the numbered ones, {@code -2}, {@code -3}, that the same figure
     * gets when the OPD prints it again) is SALAH. The numbering is the OPD's, over all its documents,
     * so this is a guess for one document; what is reported is still decided over the whole OPD.
     */
    public static boolean markedFalse(String opd, Finding f, Verdicts verdicts) {
        if (verdicts.size() == 0) {
            return false;
        }
        String base = Fingerprints.hash(opd, f);
        List<Verdict> on = verdicts.all().stream().filter(v -> v.fingerprint().equals(base)
                || v.fingerprint().startsWith(base + "-")).toList();
        return !on.isEmpty() && on.stream().allMatch(v -> v.kind() == Verdict.Kind.SALAH);
    }

    /** The verdicts no finding of the run carries any more: the report was corrected (or not submitted). */
    public static List<Verdict> resolved(Verdicts verdicts, List<List<ReviewedFinding>> run) {
        Set<String> seen = new HashSet<>();
        run.forEach(doc -> doc.forEach(f -> seen.add(f.fingerprint())));
        return verdicts.all().stream().filter(v -> !seen.contains(v.fingerprint()))
                .sorted(Comparator.comparing(Verdict::source, FindingReview::bySource)).toList();
    }

    private static int bySource(String a, String b) {
        int i = a.lastIndexOf(':');
        int j = b.lastIndexOf(':');
        int c = a.substring(0, i).compareTo(b.substring(0, j));
        return c != 0 ? c : Integer.compare(Integer.parseInt(a.substring(i + 1)), Integer.parseInt(b.substring(j + 1)));
    }
}
