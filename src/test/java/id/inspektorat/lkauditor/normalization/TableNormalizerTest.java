package id.inspektorat.lkauditor.normalization;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void structureRowsOfAContinuationAreNotData() {
        Table t = Tables.caption("Tabel 4.1 Program dan Kegiatan")
                .row("Kode", "Program/Kegiatan", "Indikator", "Target", "Rencana Tahun (2023)", "Catatan")
                .row("1", "2", "3", "4", "5", "6")
                .row("1", "PROGRAM PENUNJANG", "Persentase capaian", "100%", "10.844.259.629", "APBD")
                .row("", "Perencanaan", "Persentase dokumen", "100%", "12.390.000", "APBD")
                // the page break: the header again, retitled, and the numbering row again
                .row("Kode", "Program/Kegiatan", "Indikator", "Target", "Rencana Tahun (2022)", "Catatan")
                .row("1", "2", "3", "4", "5", "6")
                .row("", "Administrasi Umum", "Persentase pemenuhan", "100%", "142.627.800", "APBD")
                // read twice, one grid column over
                .row("Administrasi Umum", "Persentase pemenuhan", "100%", "142.627.800", "APBD", "")
                // one line of a wrapped cell read as a row
                .row("", "Administrasi", "", "", "", "")
                .build();
        assertThat(t.rows()).extracting(Row::label)
                .containsExactly("PROGRAM PENUNJANG / Persentase capaian", "Perencanaan / Persentase dokumen",
                        "Administrasi Umum / Persentase pemenuhan");
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "IKU_CAPAIAN|Tabel 3.2 Capaian IKU|No.;Indikator;Target;Realisasi;Capaian|1;IKM;88,31;85,35;96,64",
            "HISTORY|Tabel 3.5 Perbandingan|Indikator;Target 2022;Target 2023;Realisasi 2022;Realisasi 2023|IKM;85,00;88,31;85,00;85,35",
            "AKIP_COMPONENTS|Tabel 3.4 Aspek Penilaian|NO;KOMPONEN;BOBOT;NILAI|1;Perencanaan Kinerja;30,00;21,37",
            "BUDGET|Tabel 3.18 Realisasi Anggaran|No.;Program;Anggaran (Rp);Realisasi (Rp);%|1.;Program A;200.000.000;180.000.000;90,00",
            "EFFICIENCY|Tabel 3.15 Efisiensi|No;Sasaran;% Capaian Kinerja;% Penyerapan Anggaran;Tingkat Efisiensi|1.;IKM;94,71;91,46;3,25",
            "RATING_SCALE|Tabel 3.1 Skala Nilai Peringkat Kinerja|No;Interval Nilai;Kriteria|1;91% - 100%;Sangat Tinggi",
            "IKM_SURVEY|Tabel 3.3 Hasil Survei|No.;Unsur Pelayanan;NRR|1.;Persyaratan;3,24",
            "PEER_COMPARISON|Tabel 3.8 Perbandingan dengan instansi sejenis|No;Nama Kecamatan;Indikator;Target;Realisasi|1;Medang Deras;IKM;88,31;85,35",
            "PARTS_OF_WHOLE|Tabel 1.2 Agama|No.;Agama;Jumlah|1.;Islam;46.752"})
    void classifiesTableKinds(TableKind kind, String caption, String header, String row) {
        Tables t = Tables.caption(caption).row(header.split(";")).row(row.split(";"));
        if (kind == TableKind.PARTS_OF_WHOLE) {
            t.row("JUMLAH", "", "46.752");
        }
        assertThat(t.build().kind()).isEqualTo(kind);
    }
}
