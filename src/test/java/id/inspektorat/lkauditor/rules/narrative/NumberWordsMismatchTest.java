package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.Finding;
import org.junit.jupiter.api.Test;

/** LK-TXT-04: a numeral and its words in brackets ("2 (tiga)"). The words themselves: IndonesianNumbersTest. */
class NumberWordsMismatchTest {

    private final NumberWordsMismatch rule = new NumberWordsMismatch();

    @Test
    void aNumeralItsWordsContradictIsFound() {
        // "enam" is 6, the numeral 5: a text finding on page 1, no table row or column
        assertOneFinding(run(rule, text("Kecamatan Uji terdiri dari 5 (enam) desa.")), "LK-TXT-04", 1, 0, "", "5 (enam)", "6");
    }

    @Test
    void everyContradictedNumeralOfASentenceIsFound() {
        // 2 is not "tiga" (3), 86 is not "Seratus Delapan Puluh Tujuh" (187)
        assertThat(run(rule, text("Kasi Kelurahan sebanyak 2 (tiga) orang, dan 86 (Seratus Delapan Puluh Tujuh) dusun.")))
                .extracting(Finding::expected).containsExactly("3", "187");
    }

    @Test
    void agreeingWordsAreNoFinding() {
        assertNoFinding(run(rule,
                text("Terdiri dari 3 ( Tiga ) Kelurahan dan 18 ( Delapan Belas ) Desa, lihat Lampiran 1 (Perjanjian Kinerja).")));
    }

    @Test
    void aRomanNumeralWithOtherWordsIsFound() {
        // the Diskominfo Wonosobo LKjIP 2019, p31: XIII is 13, the words say eight
        assertThat(run(rule, text("Kabupaten Wonosobo menempati urutan XIII (delapan) dari 35 kabupaten/kota.")))
                .singleElement().satisfies(f -> {
                    assertThat(f.reported()).isEqualTo("XIII (delapan)");
                    assertThat(f.expected()).isEqualTo("8");
                });
    }

    @Test
    void romanNumeralsThatAgreeAndPredikatLettersAreNoFinding() {
        assertNoFinding(run(rule, text("Bab II (dua) memuat perencanaan, urutan XIV (empat belas) tahun lalu.",
                "Nilai AKIP berpredikat C (Cukup) dan D (Kurang), kelas IV (empat) dan VI (enam).",
                "Mengacu UU No. 23 (dua puluh tiga) dan Pasal MIX (campuran).")));
    }
}
