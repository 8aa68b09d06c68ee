package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.vocabulary.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.totals.ColumnTotalMismatch;
import id.inspektorat.lkauditor.rules.totals.PercentOfWholeMismatch;
import id.inspektorat.lkauditor.rules.totals.RowPartsTotalMismatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsRulesTest {

    private static Table population(String lpTotal, String columnTotal) {
        return Tables.caption("Tabel 1.1 Penduduk")
                .row("No.", "Desa", "Jumlah Penduduk{3}")
                .row("", "", "L", "P", "L+P")
                .row("1", "Satu", "1.200", "1.300", "2.500")
                .row("2", "Dua", "845", "905", lpTotal)
                .row("JUMLAH", "", columnTotal, "2.205", "4.250")
                .build();
    }

    @Test
    void columnTotal_flagsAWrongJumlah() {
        // L: 1.200 + 845 = 2.045, printed 2.054
        List<Finding> f = new ColumnTotalMismatch().check(population("1.750", "2.054"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-TOT-01");
            assertThat(x.row()).isEqualTo(3);
            assertThat(x.column()).isEqualTo("Jumlah Penduduk › L");
            assertThat(x.reported()).isEqualTo("2.054");
            assertThat(x.expected()).isEqualTo("2.045");
            // evidence: the JUMLAH cell in red, the two L cells it should be the sum of in blue
            assertThat(x.geometry().cell()).isEqualTo(Tables.box(4, 2));
            assertThat(x.geometry().sources()).startsWith(Tables.box(2, 2), Tables.box(3, 2));
        });
    }

    @Test
    void columnTotal_acceptsACorrectJumlah() {
        assertThat(new ColumnTotalMismatch().check(population("1.750", "2.045"))).isEmpty();
    }

    @Test
    void columnTotal_sumsTopLevelRowsOnly() {
        // 3.093.426.319 + 42.500.000 = 3.135.926.319; the "- " rows are parts of their parent
        Table t = Tables.caption("Tabel 2.3 Rencana Anggaran")
                .row("No.", "Belanja", "Anggaran (Rp)")
                .row("1.", "Belanja Operasi", "3.093.426.319")
                .row("", "- Belanja Pegawai", "2.013.689.173")
                .row("", "- Belanja Barang dan Jasa", "1.079.737.146")
                .row("2.", "Belanja Modal", "42.500.000")
                .row("", "- Belanja Modal Peralatan", "42.500.000")
                .row("", "TOTAL", "3.135.926.319")
                .build();
        assertThat(new ColumnTotalMismatch().check(t)).isEmpty();
    }

    @Test
    void rowParts_flagsLPlusPThatDoesNotAdd() {
        // 845 + 905 = 1.750, printed 1.760; the column L+P's JUMLAH (2.500 + 1.750 = 4.250) breaks with it
        // and is mentioned in the one finding
        List<Finding> f = new RowPartsTotalMismatch().check(population("1.760", "2.045"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-TOT-02");
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.reported()).isEqualTo("1.760");
            assertThat(x.expected()).isEqualTo("1.750");
            assertThat(x.geometry().cell()).isEqualTo(Tables.box(3, 4));
            assertThat(x.geometry().sources()).startsWith(Tables.box(3, 2), Tables.box(3, 3));
        });
    }

    @Test
    void rowParts_acceptsRowsThatAdd() {
        assertThat(new RowPartsTotalMismatch().check(population("1.750", "2.045"))).isEmpty();
    }

    private static Table religion(String hinduShare) {
        return Tables.caption("Tabel 1.2 Agama")
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
    void percentOfWhole_flagsAWrongShare() {
        // 13 / 56.313 × 100 = 0,023…, printed 0,05
        List<Finding> f = new PercentOfWholeMismatch().check(religion("0,05 %"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-PCT-01");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.row()).isEqualTo(5);
            assertThat(x.expected()).isEqualTo("0,02");
        });
    }

    @Test
    void percentOfWhole_acceptsTruncatedShares() {
        // 14,156… truncated to 14,15, 0,369… to 0,36, 0,069… to 0,06: all consistent
        assertThat(new PercentOfWholeMismatch().check(religion("0,02 %"))).isEmpty();
    }

    @Test
    void percentOfWhole_nudgedToHundredIsOnlyAWarning() {
        // 11 / 33 = 33,33 printed 33,34 so that 66,66 + 33,34 = 100
        Table t = Tables.caption("Tabel 1.7 Pegawai")
                .row("No.", "Uraian", "Jumlah", "%")
                .row("1.", "Laki-laki", "22", "66,66")
                .row("2.", "Perempuan", "11", "33,34")
                .row("", "Jumlah", "33", "100")
                .build();
        assertThat(new PercentOfWholeMismatch().check(t)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }
}
