package id.inspektorat.lkauditor.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Auditor;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.TableSpec;
import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.history.AuditResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table is understood when its kind, a column's role or a total row says what its figures are; silence about the others is counted. */
class TableUnderstandingTest {

    @TempDir
    Path work;

    @Test
    void aTableWhoseColumnsNameTheirRoleIsUnderstood() {
        assertThat(TableUnderstanding.of(Tables.caption("Tabel 3.1").row("Indikator", "Target", "Realisasi", "Capaian (%)")
                .row("IKM", "80", "84,00", "105,00").row("Nilai", "50", "55,00", "110,00").build()).understood()).isTrue();
        assertThat(TableUnderstanding.of(Tables.caption("Tabel 1.4").row("No.", "Sarana", "Banyaknya")
                .row("1.", "Masjid", "23").row("2.", "Gereja", "6").bold("", "JUMLAH", "29").build()).understood()).isTrue();
        // a table of text only has nothing to understand
        assertThat(TableUnderstanding.of(Tables.caption("Tabel 1.1").row("Jabatan", "Nama")
                .row("Camat", "Budi").row("Sekcam", "Ani").build()).understood()).isTrue();
    }

    @Test
    void aTableOfFiguresWithNoKnownRoleIsNotAndSaysWhy() {
        TableUnderstanding.Understanding u = TableUnderstanding.of(Tables.caption("Tabel 2.2 Data Pendukung")
                .row("Uraian", "Kolom A", "Kolom B").row("Satu", "12", "30").row("Dua", "15", "41").build());
        assertThat(u.understood()).isFalse();
        assertThat(u.describe()).startsWith("Tabel 2.2 (hlm 1): arti kolomnya tidak dikenali");
    }

    @Test
    void theAuditCountsTheTablesItUnderstoodAndNamesTheOthers() {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Paham", "Kabupaten Contoh", 2023);
        b.heading("BAB II");
        b.table(new TableSpec("Tabel 2.1 Jumlah Sarana Ibadah", 40, 150, 90).header("No.", "Sarana", "Jumlah")
                .row("1.", "Masjid", "23").row("2.", "Gereja", "6").boldRow("", "JUMLAH", "29"));
        b.table(new TableSpec("Tabel 2.2 Data Pendukung", 150, 80, 80).header("Uraian", "Kolom A", "Kolom B")
                .row("Satu", "12", "30").row("Dua", "15", "41"));
        AuditResult r = new Auditor(work).result(b, "paham");
        assertThat(r.tables()).isEqualTo(2);
        assertThat(r.tablesUnderstood()).isEqualTo(1);
        assertThat(r.notUnderstood()).singleElement().asString().startsWith("Tabel 2.2 (hlm 2)");
    }
}
