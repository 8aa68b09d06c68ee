package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.ikm.RespondentBreakdownMismatch;
import org.junit.jupiter.api.Test;

class RespondentRulesTest {

    private static Table profile(String perempuan) {
        return Tables.caption("Tabel 3.6 Profil Responden Survei Kepuasan Masyarakat")
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
    void flagsAGroupThatDoesNotAddUpToTheRespondents() {
        // the other groups make 96 respondents; Jenis Kelamin 40 + 46 = 86
        assertThat(new RespondentBreakdownMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(profile("46"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-IKM-02");
            assertThat(f.reported()).isEqualTo("86");
            assertThat(f.expected()).isEqualTo("96");
        });
    }

    @Test
    void acceptsGroupsThatAgree() {
        assertThat(new RespondentBreakdownMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(profile("56"))).isEmpty();
    }

    @Test
    void checksTheOneRowLayout() {
        Table t = Tables.caption("Tabel 3.6 Hasil Survei")
                .row("Jumlah Responden", "Puas", "Tidak Puas")
                .row("25", "24", "-")
                .build();
        // 24 + 0 = 24, printed 25 respondents
        assertThat(new RespondentBreakdownMismatch(id.inspektorat.lkauditor.settings.RulesSettings.defaults()).check(t)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("24"));
    }
}
