package id.inspektorat.lkauditor.understanding;

import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds target / realisasi / capaian column triples by the segment terms of their headers. The
 * segment that names the role may sit at any level of the header path; what is left of the path is
 * the triple's key ({@link Column#tripleKey}).
 */
public final class CapaianColumns {

    public enum Role { TARGET, REALISASI, CAPAIAN }

    public record Triple(String key, Column target, Column realisasi, Column capaian) {
    }

    private CapaianColumns() {
    }

    /** Whether any column names a target, realisasi or anggaran. */
    public static boolean hasRoles(Table table) {
        return table.columns().stream().anyMatch(c -> c.segments().stream().map(Column::tripleRole)
                .anyMatch(t -> t == Term.SEGMENT_TARGET || t == Term.SEGMENT_REALISASI));
    }

    public static List<Triple> triples(Table table) {
        Map<String, Column[]> byKey = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            Role role = role(c);
            if (role == null) {
                continue;
            }
            Column[] slots = byKey.computeIfAbsent(c.tripleKey(), k -> new Column[3]);
            int i = role.ordinal();
            if (slots[i] == null || !hasNumbers(table, slots[i]) && hasNumbers(table, c)) {
                slots[i] = c;
            }
        }
        // "Target 2023 | Realisasi 2023 | Capaian": one pair and one capaian left over, each alone, are one triple
        List<String> pairs = byKey.entrySet().stream().filter(e -> e.getValue()[0] != null && e.getValue()[1] != null
                && e.getValue()[2] == null).map(Map.Entry::getKey).toList();
        List<String> lone = byKey.entrySet().stream().filter(e -> e.getValue()[0] == null && e.getValue()[1] == null
                && e.getValue()[2] != null).map(Map.Entry::getKey).toList();
        if (pairs.size() == 1 && lone.size() == 1 && byKey.values().stream().noneMatch(s -> s[0] != null && s[1] != null && s[2] != null)) {
            byKey.get(pairs.get(0))[2] = byKey.remove(lone.get(0))[2];
        }
        List<Triple> triples = new ArrayList<>();
        byKey.forEach((key, s) -> {
            if (s[0] != null && s[1] != null && s[2] != null) {
                triples.add(new Triple(key, s[0], s[1], s[2]));
            }
        });
        return triples;
    }

    /** The role the column plays in a triple (the first segment of its header that names one), or null. */
    public static Role role(Column c) {
        Term t = c.tripleRole();
        return t == null ? null : switch (t) {
            case SEGMENT_CAPAIAN -> Role.CAPAIAN;
            case SEGMENT_REALISASI -> Role.REALISASI;
            default -> Role.TARGET;
        };
    }

    private static boolean hasNumbers(Table table, Column c) {
        long n = table.dataRows().stream().map(r -> r.get(c.index())).filter(v -> v.isNumber() || v.grade() != null).count();
        return n * 2 >= Math.max(1, table.dataRows().size());
    }

    /** Inverse indicators (lower is better) are named so. */
    public static boolean isInverse(Row row) {
        String label = row.values().stream().map(v -> v.printed()).reduce("", (a, b) -> a + " " + b)
                .toLowerCase(Locale.ROOT);
        return label.contains("angka kematian") || label.contains("kasus") || label.contains("menurun")
                || label.contains("penurunan") || label.contains("tingkat pengangguran") || label.contains("kemiskinan")
                || label.contains("pengaduan") || label.contains("lama waktu") || label.contains("waktu penyelesaian");
    }
}
