package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.fixtures.ReportTables.ikuWithIkmAndAkip;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-TXT-02: a figure the text gives for a quantity against the table's figure for it. */
class ValueClaimMismatchTest {

    private final ValueClaimMismatch rule = new ValueClaimMismatch();

    @Test
    void aRealisasiTheTableContradictsIsFound() {
        // the IKU table gives the AKIP realisasi as BB (70,15); the text says 72,16
        assertOneFinding(run(rule, document(List.of(ikuWithIkmAndAkip()),
                        "Pada Indikator Nilai evaluasi AKIP untuk tahun 2023 Kecamatan Uji memperoleh Nilai BB (72,16).")),
                "LK-TXT-02", 1, 0, "", "72,16", "BB (70,15)");
    }

    @Test
    void ownTargetAndCapaianClaimsTheTablesContradictAreFound() {
        List<Finding> f = run(rule, document(List.of(ikuWithIkmAndAkip()),
                "Pada Indikator Nilai evaluasi AKIP untuk tahun 2023 Kecamatan Uji memperoleh Nilai BB (72,16) dimana target "
                        + "awalnya juga BB (72,16) sehingga mencapai target 100%."));
        assertThat(f).extracting(Finding::reported, Finding::expected).containsExactlyInAnyOrder(
                tuple("72,16", "BB (70,15)"), tuple("72,16", "BB (75,00)"), tuple("100", "93,53"));
    }

    @Test
    void claimsTheTablesGiveAreNoFinding() {
        assertNoFinding(run(rule, document(List.of(ikuWithIkmAndAkip()),
                "Pada Indikator Nilai evaluasi AKIP untuk tahun 2023 Kecamatan Uji memperoleh Nilai BB (70,15) dengan target BB (75,00).")));
    }

    @Test
    void aPeersFigureAndTheSasaranNumberAreRead() {
        Table peers = table("Tabel 3.13 Perbandingan dengan Kecamatan Sejenis")
                .row("No.", "Kecamatan", "Indikator Kinerja", "Realisasi 2022", "Realisasi 2023")
                .row("1.", "Kecamatan Uji", "Indeks Kepuasan Masyarakat", "90,10", "80,50")
                .row("", "Datuk Tanah Datar", "", "83,64", "83,20")
                .build();
        List<Finding> f = run(rule, document(List.of(ikuWithIkmAndAkip(), peers),
                "Pada tahun 2022 kedua kecamatan menargetkan IKM mendapatkan nilai 80,00.",
                "Namun Kecamatan Uji memperoleh nilai 90,10, sementara Kecamatan Datuk Tanah Datar memperoleh nilai 83,00.",
                "Sasaran 2 terdiri dari 1 (satu) indikator dengan nilai 99,99 %"));
        assertThat(f).extracting(Finding::reported, Finding::expected).containsExactlyInAnyOrder(
                tuple("83,00", "83,64"), tuple("99,99", "93,53"));
    }
}
