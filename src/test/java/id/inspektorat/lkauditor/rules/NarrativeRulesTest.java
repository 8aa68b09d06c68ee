package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.narrative.IndonesianNumbers;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.identity.WrongReportYear;
import id.inspektorat.lkauditor.rules.narrative.AverageClaimMismatch;
import id.inspektorat.lkauditor.rules.narrative.DifferenceClaimMismatch;
import id.inspektorat.lkauditor.rules.narrative.NumberWordsMismatch;
import id.inspektorat.lkauditor.rules.narrative.PrintedScaleMismatch;
import id.inspektorat.lkauditor.rules.narrative.ValueClaimMismatch;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims in running text, one shape per test, each with its negative. */
class NarrativeRulesTest {

    private static DocumentUnderAudit doc(List<Table> tables, String... lines) {
        List<TextLine> l = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            l.add(new TextLine(lines[i], i * 12f, false));
        }
        return new DocumentUnderAudit("d.pdf", 1, tables, List.of(new PageText(1, true, l)), "Kecamatan Uji", 2023);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Seratus Delapan Puluh Tujuh,187", "delapan belas,18", "tiga ribu dua ratus,3200", "sebelas,11",
            "dua puluh satu,21", "Tiga,3", "seribu sembilan ratus,1900", "sepuluh,10"})
    void readsIndonesianNumberWords(String words, long value) {
        assertThat(IndonesianNumbers.parse(words)).hasValue(value);
    }

    @Test
    void otherWordsAreNotNumbers() {
        assertThat(IndonesianNumbers.parse("Perjanjian Kinerja")).isEmpty();
    }

    @Test
    void numberWords_flagsANumeralItsWordsContradict() {
        List<Finding> f = new NumberWordsMismatch().check(doc(List.of(),
                "Kasi Kelurahan sebanyak 2 (tiga) orang, dan 86 (Seratus Delapan Puluh Tujuh) dusun."));
        assertThat(f).extracting(Finding::expected).containsExactly("3", "187");
    }

    @Test
    void numberWords_acceptsAgreeingWords() {
        assertThat(new NumberWordsMismatch().check(doc(List.of(),
                "Terdiri dari 3 ( Tiga ) Kelurahan dan 18 ( Delapan Belas ) Desa, lihat Lampiran 1 (Perjanjian Kinerja)."))).isEmpty();
    }

    @Test
    void difference_flagsASelisihItsFiguresDoNotGive() {
        // 88,31 − 85,35 = 2,96
        List<Finding> f = new DifferenceClaimMismatch().check(doc(List.of(),
                "Capaian diukur berdasarkan realisasi sebesar 85,35, dibandingkan dengan target sebesar 88,31 atau terdapat selisih 3,06."));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.reported()).isEqualTo("3,06");
            assertThat(x.expected()).isEqualTo("2,96");
            assertThat(x.table()).isEmpty();
            assertThat(x.page()).isEqualTo(1);
        });
    }

    @Test
    void textFindingOutlinesTheLineThatPrintsTheClaimedFigure() {
        // The sentence wraps over two lines; the evidence must outline the second, where "3,06" is printed.
        Box first = new Box(100, 70, 112, 520);
        Box second = new Box(114, 70, 126, 400);
        List<TextLine> lines = List.of(
                new TextLine("Capaian diukur berdasarkan realisasi sebesar 85,35, dibandingkan", 100, false, first),
                new TextLine("dengan target sebesar 88,31 atau terdapat selisih 3,06.", 114, false, second));
        DocumentUnderAudit d = new DocumentUnderAudit("d.pdf", 1, List.of(), List.of(new PageText(1, true, lines)),
                "Kecamatan Uji", 2023);
        assertThat(new DifferenceClaimMismatch().check(d)).singleElement()
                .satisfies(x -> assertThat(x.geometry().cell()).isEqualTo(second));
    }

    @Test
    void difference_flagsPointsThatAreHundredfold() {
        // 85,35 − 85,00 = 0,35
        assertThat(new DifferenceClaimMismatch().check(doc(List.of(),
                "Pada tahun 2023 terjadi kenaikan 35 (tiga puluh lima) poin menjadi sebesar 85,35 dibandingkan tahun 2022 sebesar 85,00.")))
                .singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("0,35"));
    }

    @Test
    void difference_acceptsRightDifferencesAndLeavesUntiedClaimsAlone() {
        assertThat(new DifferenceClaimMismatch().check(doc(List.of(),
                "Realisasi sebesar 85,35 dibandingkan dengan target sebesar 88,31 atau terdapat selisih 2,96.",
                "Kecamatan Uji mengalami kenaikan 4,31 poin dengan predikat yang sama.",
                "Kecamatan Sei Balai lebih unggul 7,10 poin karena memperoleh 90,10 sedangkan Datuk Tanah Datar 83,00."))).isEmpty();
    }

    private static Table ikmHistory() {
        return Tables.caption("Tabel 3.2 Capaian IKU")
                .row("No.", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian")
                .row("1", "Kepuasan", "Indeks Kepuasan Masyarakat", "85,00", "80,50", "94,71")
                .row("2", "Akuntabilitas", "Nilai Evaluasi AKIP", "BB (75,00)", "BB (70,15)", "93,53")
                .build();
    }

    @Test
    void difference_usesThisYearsTableFigureWhenTheClauseNamesOnlyTheEarlierOne() {
        // 80,50 (2023) − 77,50 (2020) = 3,00
        List<Finding> f = new DifferenceClaimMismatch().check(doc(List.of(ikmHistory()),
                "Capaian realisasi Indeks Kepuasan Masyarakat pada tahun 2023 menjadi sebesar 80,50.",
                "Apabila dibandingkan dengan tahun 2020 juga terjadi kenaikan sebesar 3,50 poin dengan capaian realisasi sebesar 77,50."));
        assertThat(f).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("3,00"));
        assertThat(new DifferenceClaimMismatch().check(doc(List.of(ikmHistory()),
                "Capaian realisasi Indeks Kepuasan Masyarakat pada tahun 2023 menjadi sebesar 80,50.",
                "Apabila dibandingkan dengan tahun 2020 juga terjadi kenaikan sebesar 3,00 poin dengan capaian realisasi sebesar 77,50.")))
                .isEmpty();
    }

    @Test
    void value_flagsOwnTargetAndCapaianClaimsTheTablesContradict() {
        List<Finding> f = new ValueClaimMismatch().check(doc(List.of(ikmHistory()),
                "Pada Indikator Nilai evaluasi AKIP untuk tahun 2023 Kecamatan Uji memperoleh Nilai BB (72,16) dimana target "
                        + "awalnya juga BB (72,16) sehingga mencapai target 100%."));
        assertThat(f).extracting(Finding::reported, Finding::expected).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("72,16", "BB (70,15)"),
                org.assertj.core.groups.Tuple.tuple("72,16", "BB (75,00)"),
                org.assertj.core.groups.Tuple.tuple("100", "93,53"));
    }

    @Test
    void value_acceptsClaimsTheTablesGive() {
        assertThat(new ValueClaimMismatch().check(doc(List.of(ikmHistory()),
                "Pada Indikator Nilai evaluasi AKIP untuk tahun 2023 Kecamatan Uji memperoleh Nilai BB (70,15) dengan target BB (75,00)."))).isEmpty();
    }

    @Test
    void value_readsAPeersFigureAndTheSasaranNumber() {
        Table peers = Tables.caption("Tabel 3.13 Perbandingan dengan Kecamatan Sejenis")
                .row("No.", "Kecamatan", "Indikator Kinerja", "Realisasi 2022", "Realisasi 2023")
                .row("1.", "Kecamatan Uji", "Indeks Kepuasan Masyarakat", "90,10", "80,50")
                .row("", "Datuk Tanah Datar", "", "83,64", "83,20")
                .build();
        List<Finding> f = new ValueClaimMismatch().check(doc(List.of(ikmHistory(), peers),
                "Pada tahun 2022 kedua kecamatan menargetkan IKM mendapatkan nilai 80,00.",
                "Namun Kecamatan Uji memperoleh nilai 90,10, sementara Kecamatan Datuk Tanah Datar memperoleh nilai 83,00.",
                "Sasaran 2 terdiri dari 1 (satu) indikator dengan nilai 99,99 %"));
        assertThat(f).extracting(Finding::reported, Finding::expected).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("83,00", "83,64"),
                org.assertj.core.groups.Tuple.tuple("99,99", "93,53"));
    }

    private static Table programs() {
        return Tables.caption("Tabel 3.18 Realisasi Anggaran Program")
                .row("No.", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Persentase (%)")
                .row("1.", "Program A", "2.650.313.819", "2.476.764.410", "93,45")
                .row("2.", "Program B", "13.000.000", "13.000.000", "100,00")
                .row("3.", "Program C", "18.800.000", "15.050.000", "80,05")
                .build();
    }

    @Test
    void average_flagsAnAverageAndAShareTheTableDoesNotGive() {
        // (93,45 + 100,00 + 80,05) / 3 = 91,17; 80,05 is not above 95
        List<Finding> f = new AverageClaimMismatch().check(doc(List.of(programs()),
                "Dari tabel 3.18 di atas penyerapan anggaran semuanya di atas 95% atau apabila dirata-ratakan menjadi 98,12%."));
        assertThat(f).extracting(Finding::expected).containsExactlyInAnyOrder("91,17", "80,05");
    }

    @Test
    void average_acceptsTheRightAverage() {
        assertThat(new AverageClaimMismatch().check(doc(List.of(programs()),
                "Dari tabel 3.18 di atas penyerapan anggaran semuanya di atas 80% dengan rata-rata 91,17%."))).isEmpty();
    }

    private static Table scale(String tinggi) {
        return Tables.caption("TABEL 3.1 SKALA NILAI PERINGKAT KINERJA")
                .row("No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian")
                .row("1", "91% ≤ 100%", "Sangat Tinggi")
                .row("2", tinggi, "Tinggi")
                .row("3", "66% ≤ 75%", "Sedang")
                .row("4", "51% ≤ 65%", "Rendah")
                .row("5", "≤ 50%", "Sangat Rendah")
                .build();
    }

    @Test
    void printedScale_flagsABoundTheRegulationDoesNotHave() {
        assertThat(new PrintedScaleMismatch(RulesSettings.defaults()).check(scale("76% ≤ 85%"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Nomor 86 Tahun 2017").contains("Tinggi"));
    }

    @Test
    void printedScale_aScaleOfAnotherRegulationIsNotHeldToOurs() {
        // PermenPAN-RB 20/2013: AA "Memuaskan" > 85; since 88/2021 "Memuaskan" is A's label and AA is > 90
        Table old = Tables.caption("Tabel II.6 Kriteria Penilaian Capaian")
                .row("No", "Nilai Huruf", "Nilai Angka", "Interpretasi")
                .row("1", "AA", "> 85 - 100", "Memuaskan")
                .row("2", "A", "> 75 - 85", "Sangat Baik")
                .row("3", "BB", "> 65 - 75", "Baik, perlu sedikit perbaikan")
                .row("4", "B", "> 50 - 65", "Cukup (memadai)")
                .build();
        assertThat(new PrintedScaleMismatch(RulesSettings.defaults()).check(old)).isEmpty();
    }

    @Test
    void difference_risingToAFigureIsNoDifference() {
        // "meningkat menjadi 11.200": the level reached, not by how much
        assertThat(new DifferenceClaimMismatch().check(doc(List.of(),
                "Jumlah penumpang pada tahun 2018 sebesar 9.916 orang meningkat menjadi 11.200 orang pada tahun 2019."))).isEmpty();
    }

    @Test
    void year_anEarlierReportCitedInTheTextIsNotTheReportItself() {
        List<TextLine> lines = List.of(new TextLine("Kendala yang dicatat pada Laporan Kinerja tahun 2019 antara lain", 0f, false),
                new TextLine("Laporan Kinerja Tahun 2022 ini menyajikan capaian kinerja", 12f, false));
        DocumentUnderAudit d = new DocumentUnderAudit("d.pdf", 9, List.of(), List.of(new PageText(9, true, lines)),
                "Kecamatan Uji", 2023);
        // page 9: the 2019 report is cited; the 2022 one names itself ("ini")
        assertThat(new WrongReportYear().check(d)).singleElement().satisfies(f -> assertThat(f.reported()).isEqualTo("2022"));
    }

    @Test
    void printedScale_acceptsTheRegulationsScale() {
        assertThat(new PrintedScaleMismatch(RulesSettings.defaults()).check(scale("76% ≤ 90%"))).isEmpty();
    }

    @Test
    void year_outlinesTheLineThatNamesTheOtherYear_evenWhenThePhraseWraps() {
        Box title = new Box(80, 70, 92, 500);
        Box wrapped = new Box(94, 70, 106, 300);
        List<TextLine> lines = List.of(new TextLine("Ringkasan eksekutif.", 60, false, new Box(60, 70, 72, 200)),
                new TextLine("Penyusunan Laporan Kinerja ( LK )", 80, false, title),
                new TextLine("Tahun 2022 Kantor ini selesai.", 94, false, wrapped));
        DocumentUnderAudit d = new DocumentUnderAudit("d.pdf", 1, List.of(), List.of(new PageText(1, true, lines)),
                "Kecamatan Uji", 2023);
        assertThat(new WrongReportYear().check(d)).singleElement()
                .satisfies(f -> assertThat(f.geometry().cell()).isEqualTo(wrapped));
    }

    @Test
    void year_flagsTheReportNamingAnotherYear() {
        assertThat(new WrongReportYear().check(doc(List.of(), "Penyusunan Laporan Kinerja ( LK ) Tahun 2022 Kantor ini selesai.")))
                .singleElement().satisfies(f -> assertThat(f.reported()).isEqualTo("2022"));
        assertThat(new WrongReportYear().check(doc(List.of(), "Dengan tersusunnya Laporan Kinerja (LK) Tahun 2023 ini."))).isEmpty();
    }
}
