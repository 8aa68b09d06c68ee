package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.SETTINGS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules over sentences phrased in many ways, drawn from a seed: a change between two
 * years' figures (by an amount, in points or none, or as a percentage change), a level reached by
 * rising or falling, a budget sentence beside its table, a score with its predikat. Each sentence is
 * consistent, then planted with one error whose recomputation is worked out here from the domain (the
 * arithmetic, PermenPAN-RB 88/2021's AKIP scale), never from the rules. Every narrative rule runs on
 * every variant: the consistent one must give no finding of any rule, the planted one exactly its own.
 */
class NarrativeVariationTest {

    private static final long SEED = Long.getLong("narrative.seed", 20261202L);
    private static final int PER_KIND = 40;

    private final List<AuditRule> rules = List.of(new DifferenceClaimMismatch(), new ValueClaimMismatch(),
            new AverageClaimMismatch(), new NumberWordsMismatch(), new ScorePredikatClaimMismatch(SETTINGS),
            new BudgetClaimMismatch(), new DirectionClaimMismatch(), new BudgetTextTableMismatch(),
            new PrintedScaleMismatch(SETTINGS));

    /** A sentence (with the tables beside it), consistent and planted, and what the plant must yield. */
    private record Variant(String kind, List<Table> tables, String clean, String planted, String rule, String reported,
                           String expected) {
    }

    @Test
    void everyPhrasingIsReadConsistentSilentAndPlantedFound() {
        Random rnd = new Random(SEED);
        List<Variant> all = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            all.add(change(rnd));
            all.add(reached(rnd));
            all.add(budget(rnd));
            all.add(score(rnd));
        }
        List<String> failures = new ArrayList<>();
        for (Variant v : all) {
            List<Finding> clean = run(document(v.tables(), v.clean()));
            if (!clean.isEmpty()) {
                failures.add(v.kind() + " consistent but flagged: " + v.clean() + " -> " + clean.get(0).message());
            }
            List<Finding> planted = run(document(v.tables(), v.planted()));
            boolean found = planted.size() == 1 && planted.get(0).rule().equals(v.rule())
                    && planted.get(0).reported().equals(v.reported()) && planted.get(0).expected().equals(v.expected());
            if (!found) {
                failures.add(v.kind() + " planted " + v.rule() + " " + v.reported() + " -> " + v.expected() + " not found alone in: "
                        + v.planted() + " -> " + planted.stream().map(f -> f.rule() + " " + f.reported() + " -> " + f.expected()).toList());
            }
        }
        assertThat(all).hasSize(4 * PER_KIND);
        assertThat(failures).as("variants of seed %d", SEED).isEmpty();
    }

    private List<Finding> run(DocumentUnderAudit d) {
        List<Finding> out = new ArrayList<>();
        rules.forEach(r -> out.addAll(r.check(d)));
        return out;
    }

    // --- a change between two years ----------------------------------------------------------------

    private static final String[] SUBJECTS = {"Nilai IKM", "Indeks Kepuasan Masyarakat", "Nilai AKIP", "Capaian indikator"};

    private static Variant change(Random rnd) {
        BigDecimal before = cents(rnd, 6000, 9500);
        BigDecimal now = cents(rnd, 6000, 9500);
        while (now.compareTo(before) == 0) {
            now = cents(rnd, 6000, 9500);
        }
        boolean up = now.compareTo(before) > 0;
        String[] words = up ? new String[] {"naik", "meningkat", "mengalami kenaikan sebesar", "terjadi peningkatan sebesar"}
                : new String[] {"turun", "menurun", "mengalami penurunan sebesar", "terjadi penurunan"};
        String word = pick(rnd, words);
        String unit = pick(rnd, new String[] {" poin", ""});
        String joint = pick(rnd, new String[] {", ", ", sehingga ", " dan "});
        BigDecimal d = now.subtract(before).abs();
        BigDecimal wrong = d.add(BigDecimal.valueOf(10 + rnd.nextInt(80), 2));
        String subject = pick(rnd, SUBJECTS);
        String frame = pick(rnd, new String[] {"%s tahun 2023 sebesar %s dibandingkan dengan tahun 2022 sebesar %s%s%s %s%s.",
            "%s pada tahun 2023 adalah %s jika dibandingkan tahun 2022 yaitu %s%s%s %s%s."});
        String clean = String.format(frame, subject, id(now), id(before), joint, word, id(d), unit);
        String planted = String.format(frame, subject, id(now), id(before), joint, word, id(wrong), unit);
        // a percentage change of the earlier level, stated as such, is consistent too
        if (rnd.nextInt(4) == 0) {
            BigDecimal pct = d.multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
            clean = String.format("%s tahun 2023 sebesar %s, %s %s%% dari tahun 2022 sebesar %s.", subject, id(now),
                    up ? "meningkat" : "menurun", id(pct), id(before));
        }
        return new Variant("selisih", List.of(), clean, planted, "LK-TXT-01", id(wrong), id(d));
    }

    // --- a level reached ---------------------------------------------------------------------------

    private static Variant reached(Random rnd) {
        BigDecimal before = BigDecimal.valueOf(1000 + rnd.nextInt(9000));
        BigDecimal now = BigDecimal.valueOf(1000 + rnd.nextInt(9000));
        while (now.compareTo(before) == 0) {
            now = BigDecimal.valueOf(1000 + rnd.nextInt(9000));
        }
        boolean up = now.compareTo(before) > 0;
        String right = up ? pick(rnd, new String[] {"meningkat", "naik"}) : pick(rnd, new String[] {"menurun", "turun"});
        String wrong = up ? pick(rnd, new String[] {"menurun", "turun"}) : pick(rnd, new String[] {"meningkat", "naik"});
        String item = pick(rnd, new String[] {"penumpang", "kunjungan", "peserta", "kendaraan"});
        String frame = pick(rnd, new String[] {"Jumlah %1$s pada tahun 2022 sebesar %2$s orang %4$s menjadi %3$s orang pada tahun 2023.",
            "Jumlah %1$s %4$s dari %2$s menjadi %3$s pada tahun 2023.",
            "Jumlah %1$s tahun 2023 %4$s menjadi %3$s dibandingkan tahun 2022 sebesar %2$s."});
        String clean = String.format(frame, item, id(before), id(now), right);
        String planted = String.format(frame, item, id(before), id(now), wrong);
        return new Variant("arah", List.of(), clean, planted, "LK-TXT-08", wrong + " menjadi " + id(now), up ? "naik" : "turun");
    }

    // --- a budget sentence beside its table ----------------------------------------------------------

    private static Variant budget(Random rnd) {
        long operasi = 1_000_000_000L + rnd.nextInt(900_000_000) * 3L;
        long modal = 100_000_000L + rnd.nextInt(400_000_000);
        long operasiReal = operasi - rnd.nextInt(90_000_000);
        long modalReal = modal - rnd.nextInt(50_000_000);
        long pagu = operasi + modal;
        long real = operasiReal + modalReal;
        Table t = table("Tabel 3.20 Realisasi Anggaran")
                .row("No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%")
                .row("1", "Belanja Operasi", rp(operasi), rp(operasiReal), pct(operasiReal, operasi))
                .row("2", "Belanja Modal", rp(modal), rp(modalReal), pct(modalReal, modal))
                .row("", "JUMLAH", rp(pagu), rp(real), pct(real, pagu))
                .build();
        String frame = pick(rnd, new String[] {"Pagu anggaran tahun 2023 sebesar Rp %s,- dengan realisasi sebesar Rp %s,- atau %s %%.",
            "Total anggaran sebesar Rp. %s dengan realisasi anggaran sebesar Rp. %s dengan persentase %s %%.",
            "Dari alokasi dana sebesar Rp %s,00 terealisasi sebesar Rp %s,00 atau %s persen."});
        String clean = String.format(frame, rp(pagu), rp(real), pct(real, pagu));
        if (rnd.nextBoolean()) {
            // the text gives another realisasi (its own percentage right for it): it differs from the table's row
            long other = real - 1_000_000L * (1 + rnd.nextInt(20));
            return new Variant("anggaran-tabel", List.of(t), clean, String.format(frame, rp(pagu), rp(other), pct(other, pagu)),
                    "LK-TXT-09", "Rp " + rp(other), rp(real));
        }
        // the text's percentage is not its realisasi / anggaran
        String right = pct(real, pagu);
        String wrong = new BigDecimal(right.replace(',', '.')).subtract(BigDecimal.valueOf(1 + rnd.nextInt(5))).setScale(2)
                .toPlainString().replace('.', ',');
        return new Variant("anggaran-persen", List.of(t), clean, String.format(frame, rp(pagu), rp(real), wrong),
                "LK-TXT-07", wrong + " %", right);
    }

    // --- a score with its predikat -------------------------------------------------------------------

    /** PermenPAN-RB 88/2021: above the lower bound, up to the upper one. */
    private static final String[][] AKIP = {{"AA", "90", "100"}, {"A", "80", "90"}, {"BB", "70", "80"}, {"B", "60", "70"},
        {"CC", "50", "60"}, {"C", "30", "50"}};

    private static Variant score(Random rnd) {
        int g = rnd.nextInt(AKIP.length);
        int lo = Integer.parseInt(AKIP[g][1]);
        int hi = Integer.parseInt(AKIP[g][2]);
        BigDecimal s = BigDecimal.valueOf(lo * 100L + 1 + rnd.nextInt((hi - lo) * 100 - 1), 2);
        int other = g == 0 ? 1 : g - 1;
        String frame = pick(rnd, new String[] {"Nilai AKIP tahun 2023 sebesar %s dengan predikat %s.",
            "Hasil evaluasi SAKIP tahun 2023 memperoleh nilai %s dengan kategori predikat %s.",
            "Pada tahun 2023 nilai AKIP adalah %s dan berpredikat %s."});
        return new Variant("predikat", List.of(), String.format(frame, id(s), AKIP[g][0]), String.format(frame, id(s), AKIP[other][0]),
                "LK-TXT-06", AKIP[other][0] + " (" + id(s) + ")", AKIP[g][0]);
    }

    // --- numbers as Indonesian reports print them ------------------------------------------------------

    private static BigDecimal cents(Random rnd, int from, int to) {
        return BigDecimal.valueOf(from + rnd.nextInt(to - from), 2);
    }

    private static String id(BigDecimal v) {
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return dot < 0 ? grouped.toString() : grouped + "," + plain.substring(dot + 1);
    }

    private static String rp(long v) {
        return id(BigDecimal.valueOf(v));
    }

    private static String pct(long part, long whole) {
        return id(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    private static <T> T pick(Random rnd, T[] options) {
        return options[rnd.nextInt(options.length)];
    }
}
