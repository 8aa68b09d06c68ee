package id.inspektorat.lkauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingPaperOutputTest {

    @TempDir
    Path output;

    @Test
    void writesTheWorkingPaperWithFormulasInert() throws Exception {
        Files.writeString(output.resolve("keep.csv"), "not mine");
        assertThat(new WorkingPaperOutput().write(RunReports.run(), output)).containsExactly(output.resolve("temuan.xlsx"));
        assertThat(output.resolve("keep.csv")).exists();
        try (InputStream in = Files.newInputStream(output.resolve("temuan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Ringkasan");
            Sheet opd = wb.getSheetAt(1);
            assertThat(opd.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Uraian");
            Row injected = opd.getRow(2); // page 4 after page 2
            assertThat(injected.getCell(11).getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getCell(11).getStringCellValue()).isEqualTo("'" + RunReports.FORMULA);
            assertThat(injected.getCell(8).getNumericCellValue()).isEqualTo(1250.5);
            assertThat(injected.getCell(12).getHyperlink().getAddress()).isEqualTo("dinas-b-uji-b/evidence/lk-2023-p4.png");
            assertThat(opd.getRow(1).getCell(14).getStringCellValue()).isEqualTo("BENAR");
            assertThat(opd.getLastRowNum()).as("the false alarm is left out").isEqualTo(2);
        }
    }

    @Test
    void theSameRunGivesTheSameBytes() throws Exception {
        new WorkingPaperOutput().write(RunReports.run(), output);
        byte[] first = Files.readAllBytes(output.resolve("temuan.xlsx"));
        Thread.sleep(1100);
        new WorkingPaperOutput().write(RunReports.run(), output);
        assertThat(Files.readAllBytes(output.resolve("temuan.xlsx"))).isEqualTo(first);
    }
}
