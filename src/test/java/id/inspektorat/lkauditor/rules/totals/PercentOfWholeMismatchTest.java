package id.inspektorat.lkauditor.rules.totals;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** LK-PCT-01: a share against its part divided by the whole (spec §7: truncated or rounded). */
class PercentOfWholeMismatchTest {

    private final PercentOfWholeMismatch rule = new PercentOfWholeMismatch();

    private static Table religion(String hinduShare) {
        return table("Tabel 1.2 Agama")
                .row("No.", "Agama", "Jumlah Penduduk (jiwa)", "%")
                .row("1.", "Islam", "46.752", "83,02 %")
                .row("2.", "Protestan", "7.972", "14,15 %")
                .row("3.", "Katholik", "1.329", "2,36 %")
                .row("4.", "Budha", "208", "0,36 %")
                .row("5.", "Hindu", "13", hinduShare)
                .row("6", "Ajaran Lain", "39", "0,06 %")
                .row("JUMLAH", "", "56.313", "100 %")
                .build();
    }

    @Test
    void aWrongShareIsFound() {
        // 13 / 56.313 × 100 = 0,023…, printed 0,05
        Finding f = assertOneFinding(run(rule, religion("0,05 %")), "LK-PCT-01", 5, "%", "0,05 %", "0,02");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void truncatedSharesAreNoFinding() {
        // 14,156… truncated to 14,15, 0,369… to 0,36, 0,069… to 0,06: all consistent
        assertNoFinding(run(rule, religion("0,02 %")));
    }

    @Test
    void aShareNudgedToHundredIsOnlyAWarning() {
        // 11 / 33 = 33,33 printed 33,34 so that 66,66 + 33,34 = 100
        Table t = table("Tabel 1.7 Pegawai")
                .row("No.", "Uraian", "Jumlah", "%")
                .row("1.", "Laki-laki", "22", "66,66")
                .row("2.", "Perempuan", "11", "33,34")
                .row("", "Jumlah", "33", "100")
                .build();
        assertThat(run(rule, t)).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }
}
