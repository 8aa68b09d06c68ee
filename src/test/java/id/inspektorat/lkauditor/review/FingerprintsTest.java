package id.inspektorat.lkauditor.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static Finding finding(int page, String table, String row, String column, String reported) {
        return new Finding("LK-TOT-01", Severity.ERROR, page, table, 3, row, column, reported, "1.200",
                "Jumlah 3 rincian = 1.200, tertulis " + reported);
    }

    private static String one(String opd, Finding f) {
        return Fingerprints.of(opd, List.of(f)).get(0);
    }

    @Test
    void survivesAnotherPageAndAnotherPositionOfAnUntitledTable() {
        Finding a = finding(12, "Tabel tanpa judul ke-4 (hlm 12)", "Jumlah", "Realisasi › 2023", "1.250");
        // a corrected re-submission: one page added before the table, one table more before it
        Finding b = finding(13, "Tabel tanpa judul ke-5 (hlm 13)", "Jumlah", "Realisasi › 2023", "1.250");
        assertThat(one("Kecamatan Medang Deras", a)).isEqualTo(one("Kecamatan Medang Deras", b))
                .matches(Fingerprints.FORMAT.pattern());
    }

    @Test
    void letterCaseAndSpacesOfLabelsAreNotAnotherFinding() {
        Finding a = finding(3, "Tabel 3.2", "Jumlah  Penduduk", "Realisasi › 2023", "1.250");
        Finding b = finding(3, "Tabel 3.2", "JUMLAH PENDUDUK", "Realisasi  ›  2023", "1.250");
        assertThat(one("Kecamatan Medang Deras", a)).isEqualTo(one("KECAMATAN MEDANG DERAS", b));
    }

    @Test
    void anotherOpdRuleTableRowColumnOrFigureIsAnotherFinding() {
        Finding base = finding(3, "Tabel 3.2", "Jumlah", "Realisasi › 2023", "1.250");
        String print = one("Kecamatan Medang Deras", base);
        assertThat(one("Kecamatan Sei Balai", base)).isNotEqualTo(print);
        assertThat(one("Kecamatan Medang Deras", new Finding("LK-TOT-02", Severity.ERROR, 3, "Tabel 3.2", 3, "Jumlah",
                "Realisasi › 2023", "1.250", "1.200", "m"))).isNotEqualTo(print);
        assertThat(one("Kecamatan Medang Deras", finding(3, "Tabel 3.3", "Jumlah", "Realisasi › 2023", "1.250"))).isNotEqualTo(print);
        assertThat(one("Kecamatan Medang Deras", finding(3, "Tabel 3.2", "Total", "Realisasi › 2023", "1.250"))).isNotEqualTo(print);
        assertThat(one("Kecamatan Medang Deras", finding(3, "Tabel 3.2", "Jumlah", "Target › 2023", "1.250"))).isNotEqualTo(print);
        // the report was corrected to another (still wrong) figure: a new finding for the auditor to judge
        assertThat(one("Kecamatan Medang Deras", finding(3, "Tabel 3.2", "Jumlah", "Realisasi › 2023", "1.251"))).isNotEqualTo(print);
    }

    @Test
    void findingsThatAgreeOnEverythingAreNumberedInReadingOrder() {
        Finding later = finding(9, "", "", "", "55,37");
        Finding earlier = finding(4, "", "", "", "55,37");
        Finding other = finding(5, "", "", "", "60,00");
        List<String> prints = Fingerprints.of("Dinas Contoh", List.of(later, other, earlier));
        assertThat(prints).doesNotHaveDuplicates();
        assertThat(prints.get(2)).matches("[0-9a-f]{16}");
        assertThat(prints.get(0)).isEqualTo(prints.get(2) + "-2");
        assertThat(prints.get(1)).matches("[0-9a-f]{16}");
    }
}
