package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.vocabulary.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.capaian.CapaianMismatch;
import id.inspektorat.lkauditor.rules.capaian.PrintedFormulaMismatch;
import id.inspektorat.lkauditor.rules.format.MalformedNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapaianRulesTest {

    private static Table iku(String akipCapaian) {
        return Tables.caption("Tabel 3.2 Capaian IKU")
                .row("No.", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian")
                .row("1", "Kepuasan", "IKM", "Nilai", "88,31", "85,35", "96,64")
                .row("2", "Akuntabilitas", "Nilai Evaluasi AKIP", "Nilai", "70,00 ( B )", "66,66 ( B )", akipCapaian)
                .build();
    }

    @Test
    void capaian_flagsRealisasiOverTargetMismatch() {
        List<Finding> f = new CapaianMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(iku("89,07"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-CAP-01");
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.reported()).isEqualTo("89,07");
            assertThat(x.expected()).isEqualTo("95,23");
            assertThat(x.message()).contains("66,66 / 70,00 × 100 = 95,23");
        });
    }

    @Test
    void capaian_acceptsTruncationAndCorrectFigures() {
        assertThat(new CapaianMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(iku("95,23"))).isEmpty();
    }

    @Test
    void capaian_checksEveryYearOfAHistoryTable() {
        // 2022: 90,10 / 80,00 × 100 = 112,625, printed 112,25
        Table t = Tables.caption("Tabel 3.10 IKM 2019-2023")
                .row("Indikator", "Satuan", "Target{2}", "Realisasi{2}", "Persentase Capaian Kinerja{2}")
                .row("", "", "2022", "2023", "2022", "2023", "2022", "2023")
                .row("IKM", "Nilai", "80,00", "85,00", "90,10", "80,50", "112,25%", "94,71%")
                .build();
        assertThat(new CapaianMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(t)).singleElement().satisfies(x -> {
            assertThat(x.column()).isEqualTo("Persentase Capaian Kinerja › 2022");
            assertThat(x.expected()).isEqualTo("112,63");
        });
    }

    @Test
    void capaian_letterTargetUsesItsLowerBoundAndOnlyWarns() {
        Table t = Tables.caption("Tabel 3.1")
                .row("No.", "Indikator", "Target", "Realisasi", "Capaian")
                .row("1", "Nilai AKIP", "BB", "76,30", "109,00")
                .row("2", "Nilai AKIP 2", "A", "76,00", "99,00")
                .build();
        // BB → 70: 76,30 / 70 = 109,00 (consistent); A → 80: 76 / 80 = 95,00, printed 99,00
        assertThat(new CapaianMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.expected()).isEqualTo("95,00");
        });
    }

    @Test
    void capaian_budgetPercentIsRealisasiOverAnggaran() {
        Table t = Tables.caption("Realisasi Anggaran")
                .row("No", "Belanja", "Anggaran", "Realisasi", "Persentase")
                .row("1.", "Belanja Operasi", "4.569.324.466", "4.407.925.416", "96,46 %")
                .row("2.", "Belanja Modal", "353.029.738", "350.540.000", "93,29 %")
                .build();
        // 350.540.000 / 353.029.738 × 100 = 99,29
        assertThat(new CapaianMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.expected()).isEqualTo("99,29");
        });
    }

    private static Table renstra(String kemajuan) {
        return Tables.caption("TABEL 3.13")
                .row("No", "Indikator", "Realisasi 2023", "Target Akhir 2023", "Tingkat kemajuan")
                .row("(1)", "(2)", "(7)", "(8)", "9 = (7)/(8)*100")
                .row("1", "Nilai Evaluasi AKIP", "B (66,66)", "B (70,00)", kemajuan)
                .build();
    }

    @Test
    void formula_flagsAColumnThatBreaksItsPrintedFormula() {
        assertThat(new PrintedFormulaMismatch().check(renstra("89,07"))).singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("95,23"));
    }

    @Test
    void formula_acceptsAColumnThatFollowsIt() {
        assertThat(new PrintedFormulaMismatch().check(renstra("95,22"))).isEmpty();
    }

    private static Table spending(String realisasi) {
        return Tables.caption("Tabel 3.17")
                .row("Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("Penyediaan Jasa Surat Menyurat", "10.000.000", realisasi)
                .row("Penyediaan Jasa Komunikasi", "75.924.000", "64.979.098")
                .build();
    }

    @Test
    void malformed_reportsTheCellWithoutGuessing() {
        assertThat(new MalformedNumber().check(spending("10.00.000"))).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-FMT-01");
            assertThat(x.reported()).isEqualTo("10.00.000");
            assertThat(x.expected()).isEmpty();
        });
    }

    @Test
    void malformed_isQuietOnWellFormedFigures() {
        assertThat(new MalformedNumber().check(spending("10.000.000"))).isEmpty();
    }
}
