package id.inspektorat.lkauditor.rules.capaian;

import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds target / realisasi / capaian column triples by header words. The word that names the role
 * may sit at any level of the header path; what is left of the path is the triple's key, so
 * {@code Target › 2023} pairs with {@code Realisasi › 2023} and {@code % › Rp} with {@code Target › Rp.}.
 */
public final class CapaianColumns {

    public enum Role { TARGET, REALISASI, CAPAIAN }

    public record Triple(String key, Column target, Column realisasi, Column capaian) {
    }

    private CapaianColumns() {
    }

    /** Whether any column names a target, realisasi or anggaran. */
    public static boolean hasRoles(Table table) {
        return table.columns().stream().anyMatch(c -> c.path().stream().map(CapaianColumns::role)
                .anyMatch(r -> r == Role.TARGET || r == Role.REALISASI));
    }

    public static List<Triple> triples(Table table) {
        Map<String, Column[]> byKey = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            Role role = null;
            List<String> rest = new ArrayList<>();
            for (String segment : c.path()) {
                Role r = role(segment);
                if (r != null && role == null) {
                    role = r;
                    String year = segment.replaceAll(".*?\\b((19|20)\\d{2})\\b.*", "$1");
                    if (!year.equals(segment)) {
                        rest.add(year);
                    }
                } else {
                    rest.add(segment);
                }
            }
            if (role == null) {
                continue;
            }
            String key = String.join(" ", rest).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").trim();
            Column[] slots = byKey.computeIfAbsent(key, k -> new Column[3]);
            int i = role.ordinal();
            if (slots[i] == null || !hasNumbers(table, slots[i]) && hasNumbers(table, c)) {
                slots[i] = c;
            }
        }
        List<Triple> triples = new ArrayList<>();
        byKey.forEach((key, s) -> {
            if (s[0] != null && s[1] != null && s[2] != null) {
                triples.add(new Triple(key, s[0], s[1], s[2]));
            }
        });
        return triples;
    }

    public static Role role(String segment) {
        String s = segment.toLowerCase(Locale.ROOT);
        if (s.contains("sisa") || s.contains("efisiensi") || s.contains("penyerapan")) {
            return null;
        }
        if (s.contains("capaian") || s.contains("kemajuan") || s.trim().equals("%") || s.startsWith("persentase")
                || s.startsWith("% ")) {
            return Role.CAPAIAN;
        }
        if (s.contains("realisasi")) {
            return Role.REALISASI;
        }
        if (s.contains("target") || s.contains("anggaran") || s.contains("pagu")) {
            return Role.TARGET; // a budget's anggaran is the target its realisasi is measured against
        }
        return null;
    }

    private static boolean hasNumbers(Table table, Column c) {
        long n = table.dataRows().stream().map(r -> r.get(c.index())).filter(v -> v.isNumber() || v.grade() != null).count();
        return n * 2 >= Math.max(1, table.dataRows().size());
    }

    /** Inverse indicators (lower is better) are named so. */
    static boolean isInverse(Row row) {
        String label = row.values().stream().map(v -> v.printed()).reduce("", (a, b) -> a + " " + b)
                .toLowerCase(Locale.ROOT);
        return label.contains("angka kematian") || label.contains("kasus") || label.contains("menurun")
                || label.contains("penurunan") || label.contains("tingkat pengangguran") || label.contains("kemiskinan")
                || label.contains("pengaduan") || label.contains("lama waktu") || label.contains("waktu penyelesaian");
    }
}
