package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionQualityTest {

    private static ExtractedTable table(int ordinal, int page, int filledCells) {
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            cells.add(c < filledCells ? new TableCell("x" + c, false, 1, null) : TableCell.EMPTY);
        }
        return new ExtractedTable(ordinal, page, page, "", new Box(0, 0, 10, 10), "lattice", List.of(new TableRow(page, 0, cells)));
    }

    @Test
    void pagesOfFragmentsOrOfDozensOfTablesAreNotReadWell() {
        List<ExtractedTable> tables = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 6; i++) {
            tables.add(table(++n, 12, 1)); // page 12: six one-cell fragments
        }
        tables.add(table(++n, 12, 3));
        for (int i = 0; i < 16; i++) {
            tables.add(table(++n, 13, 3)); // page 13: sixteen tables
        }
        tables.add(table(++n, 14, 3)); // page 14: one good table and two fragments
        tables.add(table(++n, 14, 1));
        tables.add(table(++n, 14, 1));
        ExtractedDocument doc = new ExtractedDocument(20, tables, List.of());
        assertThat(doc.poorlyReadPages()).containsExactly(12, 13);
    }
}
