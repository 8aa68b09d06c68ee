package id.inspektorat.lkauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulasAreDefused() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.safe("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("- Belanja Pegawai")).isEqualTo("'- Belanja Pegawai");
    }

    @Test
    void numbersStayNumbers() {
        assertThat(CsvCells.safe("-5")).isEqualTo("-5");
        assertThat(CsvCells.safe("96,64")).isEqualTo("96,64");
        assertThat(CsvCells.safe("-1.250,50 %")).isEqualTo("-1.250,50 %");
    }

    @Test
    void controlCharactersAreCleaned() {
        assertThat(CsvCells.safe("a\u0000b\u0007c\td")).isEqualTo("abc d");
    }

    @Test
    void separatorsAndQuotesAreQuoted() {
        assertThat(CsvCells.line(';', "a;b", "say \"x\"", "c")).isEqualTo("\"a;b\";\"say \"\"x\"\"\";c\r\n");
    }
}
