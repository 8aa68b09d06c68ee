package id.inspektorat.lkauditor.normalization;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import org.junit.jupiter.api.Test;

class TableNormalizerTest {

    @Test
    void flattensMergedHeadersAndDropsTheNumberingRow() {
        Table t = Tables.caption("TABEL 1.1 Jumlah Penduduk")
                .row("NO.", "DESA", "JUMLAH PENDUDUK{3}")
                .row("", "", "L", "P", "L+P")
                .row("1", "2", "3", "4", "5")
                .row("1", "Pangkalan Dodek", "2167", "2213", "4380")
                .row("JUMLAH", "", "2167", "2213", "4380")
                .build();
        assertThat(t.name()).isEqualTo("Tabel 1.1");
        assertThat(t.columns()).extracting(Column::label)
                .containsExactly("NO.", "DESA", "JUMLAH PENDUDUK › L", "JUMLAH PENDUDUK › P", "JUMLAH PENDUDUK › L+P");
        assertThat(t.columns()).extracting(Column::number).containsExactly("1", "2", "3", "4", "5");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).number()).isEqualTo(1);
        assertThat(t.rows().get(1).total()).isTrue();
    }

    @Test
    void keepsThePrintedFormula() {
        Table t = Tables.caption("Tabel.3.13 Renstra")
                .row("No", "Indikator", "Realisasi 2023", "Target Akhir", "Tingkat kemajuan")
                .row("(1)", "(2)", "(7)", "(8)", "$9 = \\frac{(7)}{(8)} * 100$")
                .row("1", "Nilai AKIP", "B (66,66)", "B (70,00)", "89,07")
                .build();
        assertThat(t.name()).isEqualTo("Tabel 3.13");
        assertThat(t.formula()).isEqualTo("9=(7)/(8)*100");
        assertThat(t.rows()).hasSize(1);
    }

    @Test
    void yearsInTheHeaderAreNotData() {
        Table t = Tables.caption("Tabel 3.5")
                .row("Indikator", "Target{2}", "Realisasi{2}")
                .row("", "2022", "2023", "2022", "2023")
                .row("IKM", "85,00", "88,31", "85,00", "85,35")
                .build();
        assertThat(t.rows()).hasSize(1);
        assertThat(t.columns().get(2).label()).isEqualTo("Target › 2023");
        assertThat(t.columns().get(2).year()).isEqualTo(2023);
    }

    @Test
    void settlesACommaThousandsFromItsColumn() {
        Table t = Tables.caption("Tabel 1.3 Suku")
                .row("No.", "Suku", "Jumlah Penduduk (jiwa)")
                .row("1.", "Melayu", "30,163")
                .row("2.", "Batak", "19.813")
                .row("3.", "Jawa", "6.337")
                .row("JUMLAH", "", "56.313")
                .build();
        CellValue melayu = t.rows().get(0).get(2);
        assertThat(melayu.number()).isEqualByComparingTo("30163");
        assertThat(melayu.problem()).contains("pemisah ribuan");
    }

    @Test
    void spacedOutJumlahIsATotal() {
        Table t = Tables.caption("Tabel 1.2")
                .row("No.", "Desa", "Dusun")
                .row("1.", "Sei Balai", "16")
                .row("J u m l a h", "", "16")
                .build();
        assertThat(t.rows().get(1).total()).isTrue();
    }
}
