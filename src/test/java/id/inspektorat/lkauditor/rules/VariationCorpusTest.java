package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Auditor;
import id.inspektorat.lkauditor.fixtures.VariationCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variation corpus (see {@link VariationCorpus}): 405 variants of the table kinds drawn from a
 * seed ({@code -Dvariation.seed=N} draws others), each audited consistent — where any finding is a
 * false alarm — and with its one planted error, which must be found at its row with the printed and
 * the recomputed figure. Prints recall and false alarms per rule and per kind.
 */
class VariationCorpusTest {

    private static final long SEED = Long.getLong("variation.seed", 20_261_201L);
    private static final int PER_KIND = 45; // nine kinds: 405 variants
    private static final String LEVELS = "tingkat program";

    @TempDir
    static Path work;

    @Test
    void everyLayoutIsReadAndEveryPlantedErrorFound() {
        // -Dvariation.keep=DIR keeps the PDFs, to open a variant that misses
        String keep = System.getProperty("variation.keep");
        Auditor auditor = new Auditor(keep == null ? work : Path.of(keep));
        List<VariationCorpus.Variant> variants = VariationCorpus.generate(SEED, PER_KIND);
        Map<String, int[]> perRule = new TreeMap<>(); // planted, found, false alarms
        Map<String, int[]> perKind = new TreeMap<>(); // variants, all found, any false alarm
        Map<String, int[]> perMarking = new TreeMap<>(); // levels by how they are marked: planted, found, false alarms
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        int n = 0;
        for (VariationCorpus.Variant v : variants) {
            String id = "v" + n++;
            int[] k = perKind.computeIfAbsent(v.kind(), x -> new int[3]);
            k[0]++;
            // "kegiatan menjorok 12 pt, 2 program; …" → "kegiatan menjorok N pt"
            int[] m = v.kind().equals(LEVELS) ? perMarking.computeIfAbsent(v.layout().split("[,;]")[0].replaceAll("\\d+", "N"),
                    x -> new int[3]) : new int[3];
            boolean falseAlarm = false;
            for (Finding f : auditor.audit(v.clean(), id + "-bersih")) {
                perRule.computeIfAbsent(f.rule(), x -> new int[3])[2]++;
                m[2]++;
                alarms.add(id + " (" + v.kind() + ": " + v.layout() + ") bersih: " + f.rule() + " baris " + f.row() + " "
                        + f.reported() + " → " + f.expected());
                falseAlarm = true;
            }
            List<Finding> found = new ArrayList<>(auditor.audit(v.planted(), id + "-salah"));
            boolean all = true;
            for (VariationCorpus.Expected e : v.findings()) {
                int[] c = perRule.computeIfAbsent(e.rule(), x -> new int[3]);
                c[0]++;
                m[0]++;
                Finding match = found.stream().filter(f -> f.rule().equals(e.rule()) && f.row() == e.row()
                                                // a figure wrapped in a narrow cell is reported as printed, across its line break
                        && f.reported().replaceAll("\\s+", "").equals(e.reported()) && f.expected().equals(e.expected()))
                        .findFirst().orElse(null);
                if (match != null) {
                    c[1]++;
                    m[1]++;
                    found.remove(match);
                } else {
                    all = false;
                    misses.add(id + " (" + v.kind() + ": " + v.layout() + "): " + e + " tidak ditemukan; ada: "
                            + found.stream().map(f -> f.rule() + "@" + f.row() + " " + f.reported() + "→" + f.expected()).toList());
                }
            }
            for (Finding extra : found) {
                perRule.computeIfAbsent(extra.rule(), x -> new int[3])[2]++;
                m[2]++;
                alarms.add(id + " (" + v.kind() + ": " + v.layout() + ") salah: " + extra.rule() + " baris " + extra.row() + " "
                        + extra.reported() + " → " + extra.expected());
                falseAlarm = true;
            }
            k[1] += all ? 1 : 0;
            k[2] += falseAlarm ? 1 : 0;
        }
        int planted = 0;
        int hit = 0;
        int false_ = 0;
        System.out.printf("variation corpus, seed %d: %d variants%n", SEED, variants.size());
        System.out.println("rule        planted  found  recall  false-alarms");
        for (Map.Entry<String, int[]> e : perRule.entrySet()) {
            int[] c = e.getValue();
            planted += c[0];
            hit += c[1];
            false_ += c[2];
            System.out.printf("%-11s %7d %6d %6.1f%% %13d%n", e.getKey(), c[0], c[1], c[0] == 0 ? 0 : 100.0 * c[1] / c[0], c[2]);
        }
        System.out.printf("%-11s %7d %6d %6.1f%% %13d%n", "TOTAL", planted, hit, 100.0 * hit / planted, false_);
        System.out.println("kind                 variants  all-found  with-false-alarm");
        perKind.forEach((kind, c) -> System.out.printf("%-20s %8d %10d %17d%n", kind, c[0], c[1], c[2]));
        System.out.println(LEVELS + " by marking     planted  found  false-alarms");
        perMarking.forEach((how, c) -> System.out.printf("  %-30s %7d %6d %13d%n", how, c[0], c[1], c[2]));
        misses.stream().limit(40).forEach(m -> System.out.println("MISS  " + m));
        alarms.stream().limit(40).forEach(m -> System.out.println("ALARM " + m));
        assertThat(variants).hasSizeGreaterThanOrEqualTo(300);
        assertThat(100.0 * hit / planted).as("recall over the variation corpus").isGreaterThanOrEqualTo(95.0);
        assertThat(alarms).as("false alarms").isEmpty();
    }
}
