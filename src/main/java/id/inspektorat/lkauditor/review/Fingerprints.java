package id.inspektorat.lkauditor.review;

import id.inspektorat.lkauditor.intake.Slugs;
import id.inspektorat.lkauditor.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A finding's name that outlives the run: a hash of the OPD, the rule, the table (its caption
 * number; an untitled table only as "untitled", since its position is not stable), the row label,
 * the column path and the printed figure. Page, file name and content hash are left out on purpose,
 * so a corrected re-submission keeps the names of the findings it did not correct. Findings of one
 * OPD that agree on all of these get {@code -2}, {@code -3}, … in reading order.
 */
public final class Fingerprints {

    /** 16 hex digits, and the occurrence suffix when several findings share them. */
    public static final Pattern FORMAT = Pattern.compile("[0-9a-f]{16}(-\\d{1,4})?");
    private static final Pattern UNTITLED = Pattern.compile("(?i)tabel tanpa judul ke-\\d+ \\(hlm \\d+\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    /**
     * The fingerprints of one OPD's findings, in the order given.
     *
     * @param opd      the OPD's name as the report names it
     * @param findings its findings, over all its documents
     */
    public static List<String> of(String opd, List<Finding> findings) {
        List<String> base = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            base.add(hash(opd, f));
        }
        // the same base twice: number them in reading order, not in arrival order
        Map<String, List<Integer>> byBase = new HashMap<>();
        for (int i = 0; i < base.size(); i++) {
            byBase.computeIfAbsent(base.get(i), k -> new ArrayList<>()).add(i);
        }
        List<String> out = new ArrayList<>(base);
        Comparator<Integer> reading = Comparator.<Integer>comparingInt(i -> findings.get(i).page())
                .thenComparingInt(i -> findings.get(i).row())
                .thenComparing(i -> findings.get(i).message());
        for (List<Integer> same : byBase.values()) {
            if (same.size() > 1) {
                same.sort(reading);
                for (int k = 1; k < same.size(); k++) {
                    out.set(same.get(k), base.get(same.get(k)) + "-" + (k + 1));
                }
            }
        }
        return out;
    }

    static String hash(String opd, Finding f) {
        String key = String.join("\u001f", Slugs.slug(opd), f.rule(), norm(tableKey(f.table())), norm(f.rowLabel()),
                norm(f.column()), norm(f.reported()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tableKey(String table) {
        return table == null ? "" : UNTITLED.matcher(table).replaceAll("tabel tanpa judul");
    }

    /** Letter case, accents and runs of spaces are not a different finding. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(n).replaceAll(" ").trim();
    }
}
