package id.inspektorat.lkauditor.rules.rating;

import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.fixtures.Scales;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.scales;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.SETTINGS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-PRED-01: a predikat against its score on the regulation's scale (spec §3: AKIP > 60 – 70 is B, > 70 – 80 BB). */
class PredikatMismatchTest {

    private final PredikatMismatch rule = new PredikatMismatch(SETTINGS);

    @Test
    void aLetterTheScaleContradictsIsFound() {
        Table t = table("Tabel 3.11 Nilai AKIP")
                .row("Indikator", "Target", "Realisasi")
                .row("Nilai Evaluasi AKIP", "70,11 (BB)", "64,38 (BB)")
                .build();
        // 64,38 lies in > 60 – 70: B, printed BB (70,11 is BB: no finding for the target)
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-PRED-01");
            assertThat(x.page()).isEqualTo(1);
            assertThat(x.row()).isEqualTo(1);
            assertThat(x.column()).isEqualTo("Realisasi");
            assertThat(x.expected()).isEqualTo("B");
            assertThat(x.message()).contains("88 Tahun 2021");
        });
    }

    @Test
    void scoresAtTheBoundariesAreNoFinding() {
        // 70,00 is B (lower bound exclusive), 70,01 is BB
        Table t = table("Tabel AKIP")
                .row("Indikator", "2022", "2023")
                .row("Nilai AKIP", "B (70,00)", "BB (70,01)")
                .build();
        assertNoFinding(run(rule, t));
    }

    @Test
    void theScoreBesideAKategoriColumnIsRead() {
        Table t = table("Rekapitulasi Evaluasi SAKIP")
                .row("No", "OPD", "TOTAL NILAI EVALUASI SAKIP", "KATEGORI")
                .row("1", "DINAS A", "69,77", "B")
                .row("2", "DINAS B", "70,50", "B")
                .build();
        // 69,77 is B; 70,50 is BB, printed B
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.expected()).isEqualTo("BB");
        });
    }

    // --- scales by period (issue 16) -------------------------------------------------------------

    @TempDir
    Path rules;

    private static Table akip(String realisasi) {
        return table("Tabel 3.11 Nilai AKIP")
                .row("Indikator", "Target", "Realisasi")
                .row("Nilai Evaluasi AKIP", "70,11 (BB)", realisasi)
                .build();
    }

    @Test
    void aReportOfTheScalesYearsIsHeldToIt() {
        // a 2023 report: PermenPAN-RB 88/2021 (from 2021) applies, 64,38 is B
        assertThat(run(rule, document(2023, akip("64,38 (BB)")))).singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("B"));
    }

    @Test
    void aReportBeforeEveryScaleIsNotHeldToALaterRegulation() {
        // a 2016 report: 88/2021 would contradict BB, but no AKIP scale covers 2016
        assertNoFinding(run(rule, document(2016, akip("64,38 (BB)"))));
    }

    @Test
    void anUnknownYearWithScalesThatDisagreeAbstains() {
        RulesSettings two = scales(rules, Scales.AKIP_2021, Scales.EARLIER_AKIP);
        // 64,38: B under 88/2021, BB under the earlier scale: which one holds is not known
        assertNoFinding(run(new PredikatMismatch(two), document(0, akip("64,38 (BB)"))));
    }

    @Test
    void anUnknownYearWithScalesThatAgreeIsAFinding() {
        RulesSettings two = scales(rules, Scales.AKIP_2021, Scales.EARLIER_AKIP);
        // 45,00 is C under both scales, printed BB
        assertThat(run(new PredikatMismatch(two), document(0, akip("45,00 (BB)")))).singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("C"));
    }

    @Test
    void eachYearIsHeldToItsOwnScale() {
        RulesSettings two = scales(rules, Scales.AKIP_2021, Scales.EARLIER_AKIP);
        // 64,38 (BB): right under the earlier scale (2015–2020), wrong under 88/2021
        assertNoFinding(run(new PredikatMismatch(two), document(2019, akip("64,38 (BB)"))));
        assertThat(run(new PredikatMismatch(two), document(2022, akip("64,38 (BB)")))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("88 Tahun 2021"));
    }

    private static Table capaianKategori(String kategori) {
        return table("Tabel 3.2 Capaian Nilai AKIP")
                .row("Indikator", "Target", "Realisasi", "Capaian", "Kategori")
                .row("Nilai AKIP", "70,00", "66,50", "95,00", kategori)
                .build();
    }

    @Test
    void aCapaianCategoryIsJudgedByTheCapaianScaleOfTheYear() {
        // capaian 95,00 is Sangat Tinggi (Permendagri 86/2017: 91 and above), printed Rendah; never the AKIP scale (95 = AA)
        assertThat(run(rule, document(2023, capaianKategori("Rendah")))).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("Sangat Tinggi");
            assertThat(x.message()).contains("Nomor 86 Tahun 2017");
        });
        assertNoFinding(run(rule, document(2023, capaianKategori("Sangat Tinggi"))));
        // a 2016 report: 86/2017 does not cover it
        assertNoFinding(run(rule, document(2016, capaianKategori("Rendah"))));
    }
}
