package id.inspektorat.lkauditor.rules.ikm;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.SETTINGS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-IKM-02: every breakdown of the survey's respondents must add up to the same number. */
class RespondentBreakdownMismatchTest {

    private final RespondentBreakdownMismatch rule = new RespondentBreakdownMismatch(SETTINGS);

    private static Table profile(String perempuan) {
        return table("Tabel 3.6 Profil Responden Survei Kepuasan Masyarakat")
                .row("Karakteristik", "Kategori", "Jumlah", "%")
                .row("Jenis Kelamin", "Laki-laki", "40", "41,67")
                .row("", "Perempuan", perempuan, "58,33")
                .row("Pendidikan", "SMA", "50", "52,08")
                .row("", "S1", "46", "47,92")
                .row("Pekerjaan", "Wiraswasta", "60", "62,50")
                .row("", "PNS", "36", "37,50")
                .build();
    }

    @Test
    void aGroupThatDoesNotAddUpToTheRespondentsIsFound() {
        // the other groups make 50 + 46 = 60 + 36 = 96 respondents; Jenis Kelamin 40 + 46 = 86,
        // reported at the group's first row under Jumlah
        assertOneFinding(run(rule, profile("46")), "LK-IKM-02", 1, "Jumlah", "86", "96");
    }

    @Test
    void groupsThatAgreeAreNoFinding() {
        // 40 + 56 = 96
        assertNoFinding(run(rule, profile("56")));
    }

    @Test
    void theOneRowLayoutIsChecked() {
        Table t = table("Tabel 3.6 Hasil Survei")
                .row("Jumlah Responden", "Puas", "Tidak Puas")
                .row("25", "24", "-")
                .build();
        // 24 + 0 = 24, printed 25 respondents
        assertThat(run(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.reported()).isEqualTo("25");
            assertThat(f.expected()).isEqualTo("24");
        });
    }
}
