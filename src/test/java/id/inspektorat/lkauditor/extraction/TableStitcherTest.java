package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableStitcherTest {

    private static final String HEADER = "Renstra Dinas Pekerjaan Umum dan Penataan Ruang Kab. Contoh";

    private static TableRow row(int page, float top, String... texts) {
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            cells.add(new TableCell(texts[c], false, 1, new Box(top, 50f * c, top + 10, 50f * c + 50)));
        }
        return new TableRow(page, top, cells);
    }

    private static PdfTableExtractor.PageTable table(float top, float bottom, List<TableRow> rows) {
        return new PdfTableExtractor.PageTable(new Box(top, 0, bottom, 150), List.of(0f, 50f, 100f), rows, "lattice");
    }

    /** A page with the running header, its number at the foot, and the given text lines and tables. */
    private static PdfTableExtractor.PageTables page(int n, List<PdfTableExtractor.PageTable> tables, TextLine... body) {
        List<TextLine> lines = new ArrayList<>();
        lines.add(new TextLine(HEADER, 20f, false));
        lines.addAll(List.of(body));
        lines.add(new TextLine(Integer.toString(60 + n), 800f, false));
        return new PdfTableExtractor.PageTables(n, true, tables, lines);
    }

    @Test
    void aRunningHeaderBetweenATableAndItsContinuationDoesNotEndTheTable() {
        List<PdfTableExtractor.PageTables> pages = List.of(
                page(1, List.of(), new TextLine("BAB II GAMBARAN PELAYANAN", 60f, true)),
                page(2, List.of(table(500, 780, List.of(row(2, 500, "No", "Kegiatan", "Pagu (Rp)"),
                        row(2, 520, "1", "Pembangunan Jalan", "173.507.475.000")))),
                        new TextLine("Tabel 2.1 Rencana Program dan Pendanaan", 480f, false)),
                page(3, List.of(table(60, 300, List.of(row(3, 60, "2", "Pemeliharaan Jalan", "45.000.000"))))),
                page(4, List.of(), new TextLine("Tabel 2.1 menunjukkan rencana pendanaan yang disusun.", 400f, false)),
                page(5, List.of(), new TextLine("BAB III PERMASALAHAN", 60f, true)));
        ExtractedDocument doc = TableStitcher.stitch(pages);
        assertThat(doc.tables()).singleElement().satisfies(t -> {
            assertThat(t.caption()).isEqualTo("Tabel 2.1 Rencana Program dan Pendanaan");
            assertThat(t.lastPage()).isEqualTo(3);
            assertThat(t.rows()).hasSize(3);
        });
    }

    @Test
    void aTableEndingAtAPageFootBeforeAnotherTableItIsNotJoinedWithMayContinue() {
        List<PdfTableExtractor.PageTables> pages = List.of(
                page(1, List.of(table(500, 780, List.of(row(1, 500, "No", "Kegiatan", "Pagu (Rp)"),
                        row(1, 520, "1", "Pembangunan Jalan", "173.507.475.000"))))),
                // other columns on the next page: not joined, but it opens the page
                page(2, List.of(new PdfTableExtractor.PageTable(new Box(60, 0, 300, 400), List.of(0f, 80f, 160f, 240f, 320f),
                        List.of(row(2, 60, "a", "b", "c", "d", "e")), "lattice"))),
                page(3, List.of(), new TextLine("Uraian", 60f, false)));
        ExtractedDocument doc = TableStitcher.stitch(pages);
        assertThat(doc.tables()).hasSize(2);
        assertThat(doc.tables().get(0).mayContinue()).isTrue();
        assertThat(doc.tables().get(1).mayContinue()).isFalse();
        assertThat(TableStitcher.runningLines(pages)).contains(HEADER.toLowerCase().replaceAll("[^\\p{L}]", ""));
    }
}
