package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.reference.ReferenceScoreMismatch;
import id.inspektorat.lkauditor.settings.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-REF-01: the report's AKIP score against the Inspektorat's official one (LHE recap). */
class ReferenceScoreMismatchTest {

    private static final ReferenceData LHE = new ReferenceData(List.of(new ReferenceData.AkipScore(2023, "Kabupaten Contoh",
            "Kecamatan Uji", new BigDecimal("70.15"), "BB", "LHE AKIP 2023", "lhe.csv", 2)));

    private static List<Finding> audit(String realisasi, int year) {
        Table iku = Tables.caption("Tabel 3.1 Capaian Indikator Kinerja Utama").row("Indikator", "Target", "Realisasi", "Capaian (%)")
                .row("Nilai AKIP", "70,00", realisasi, "100,21").build();
        return new ReferenceScoreMismatch(LHE).check(new DocumentUnderAudit("lk.pdf", 1, List.of(iku), List.of(),
                "Kecamatan Uji", year));
    }

    @Test
    void aScoreThatIsNotTheOfficialOneIsFound() {
        assertThat(audit("71,15", 2023)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-REF-01");
            assertThat(f.reported()).isEqualTo("71,15");
            assertThat(f.expected()).isEqualTo("70,15");
        });
    }

    @Test
    void theOfficialScoreOrAnotherYearIsNoFinding() {
        assertThat(audit("70,15", 2023)).isEmpty();
        assertThat(audit("71,15", 2022)).isEmpty(); // the recap holds 2023 only
    }
}
