package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.CsvFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.settings.RulesConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An auditor's verdicts on the next night: SALAH leaves the reports, BENAR is marked, nothing is re-audited. */
@SpringBatchTest
@SpringBootTest(classes = LkAuditorApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerdictsJobTest {

    private static final String OPD_CSV = "kecamatan-contoh-sejahtera.csv";

    @TempDir
    static Path work;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("lk.input", () -> work.resolve("input").toString());
        registry.add("lk.output", () -> work.resolve("output").toString());
        registry.add("lk.rules", () -> work.resolve("rules").toString());
        registry.add("lk.data-dir", () -> work.resolve("data").toString());
    }

    @BeforeAll
    static void samples() throws IOException {
        SampleReports.writeAll(work.resolve("input"));
        Files.createDirectories(work.resolve("rules"));
    }

    @Autowired
    AuditLauncher launcher;

    static Map<String, String> falseAlarm;
    static Map<String, String> confirmed;

    private static Path out(String name) {
        return work.resolve("output").resolve(name);
    }

    private static void verdicts(String name, String text) throws IOException {
        Path f = work.resolve("rules/verdicts").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    @Order(1)
    void everyFindingHasItsOwnFingerprint() throws Exception {
        assertThat(launcher.run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, String>> all = CsvFiles.read(out("all-findings.csv"));
        assertThat(all).hasSize(SampleReports.PLANTED.size())
                .allSatisfy(r -> assertThat(r.get("fingerprint")).matches("[0-9a-f]{16}(-\\d+)?"))
                .allSatisfy(r -> assertThat(r.get("verdict")).isEmpty());
        assertThat(all).extracting(r -> r.get("fingerprint")).doesNotHaveDuplicates();
        assertThat(CsvFiles.read(out("suppressed.csv"))).isEmpty();
        List<Map<String, String>> rows = CsvFiles.read(out(OPD_CSV));
        falseAlarm = rows.get(0);
        confirmed = rows.get(1);
    }

    @Test
    @Order(2)
    void salahLeavesTheReportsBenarIsMarkedAndNothingIsReaudited() throws Exception {
        verdicts("malam-1.csv", "fingerprint;verdict;reviewer;date;note\n"
                + falseAlarm.get("fingerprint") + ";SALAH;Budi;2026-12-01;kolom satuan ikut dijumlah\n"
                + confirmed.get("fingerprint") + ";BENAR;Sari;2026-12-01;dihitung ulang\n"
                + "00000000000000aa;BENAR;Sari;2026-11-30;laporan lama\n");

        assertThat(launcher.run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, String>> rows = CsvFiles.read(out(OPD_CSV));
        long plantedHere = SampleReports.PLANTED.stream().filter(p -> p.document().equals(SampleReports.WITH_ERRORS)).count();
        assertThat(rows).hasSize((int) plantedHere - 1).noneSatisfy(r -> assertThat(r.get("fingerprint")).isEqualTo(falseAlarm.get("fingerprint")));
        assertThat(rows).filteredOn(r -> r.get("fingerprint").equals(confirmed.get("fingerprint")))
                .singleElement().satisfies(r -> assertThat(r.get("verdict")).isEqualTo("BENAR"));
        assertThat(rows).filteredOn(r -> !r.get("fingerprint").equals(confirmed.get("fingerprint")))
                .allSatisfy(r -> assertThat(r.get("verdict")).isEmpty());
        assertThat(CsvFiles.read(out("all-findings.csv"))).hasSize(SampleReports.PLANTED.size() - 1)
                .noneSatisfy(r -> assertThat(r.get("fingerprint")).isEqualTo(falseAlarm.get("fingerprint")));

        List<Map<String, String>> suppressed = CsvFiles.read(out("suppressed.csv"));
        assertThat(suppressed).singleElement().satisfies(s -> {
            assertThat(s.get("fingerprint")).isEqualTo(falseAlarm.get("fingerprint"));
            assertThat(s.get("verdict")).isEqualTo("SALAH");
            assertThat(s.get("reviewer")).isEqualTo("Budi");
            assertThat(s.get("note")).isEqualTo("kolom satuan ikut dijumlah");
            assertThat(s.get("verdict_source")).isEqualTo("verdicts/malam-1.csv:2");
            assertThat(s.get("rule")).isEqualTo(falseAlarm.get("rule"));
            assertThat(s.get("reported")).isEqualTo(falseAlarm.get("reported"));
        });

        // the counts leave it out too, and every document's stored result was reused
        Map<String, String> doc = CsvFiles.read(out("documents.csv")).stream()
                .filter(d -> d.get("document").equals(falseAlarm.get("document"))).findFirst().orElseThrow();
        assertThat(doc.get("findings")).isEqualTo(Long.toString(plantedHere - 1));
        assertThat(CsvFiles.read(out("documents.csv"))).filteredOn(d -> d.get("status").equals("AUDITED"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.get("reused")).isEqualTo("ya"));

        String opdPage = Files.readString(out("kecamatan-contoh-sejahtera.html"));
        assertThat(opdPage).contains("class=\"sev BENAR\"").contains("Ditandai SALAH oleh pemeriksa")
                .contains(falseAlarm.get("fingerprint"));
        String index = Files.readString(out("index.html")).replaceAll("<[^>]+>", "");
        assertThat(index).contains("1 temuan dikonfirmasi BENAR, 1 ditandai SALAH")
                .contains("Verdik yang temuannya tidak muncul lagi").contains("00000000000000aa")
                .contains("laporan lama");
        assertThat(index).contains("ERROR" + (SampleReports.PLANTED.size() - 1));
    }

    @Test
    @Order(3)
    void aMalformedVerdictsFileStopsTheStartWithItsFileAndLine() throws Exception {
        String before = Files.readString(out(OPD_CSV));
        verdicts("rusak.csv", "fingerprint;verdict;reviewer;date;note\n0123456789abcdef;SALAH\n0123456789abcdee;TIDAK\n");
        assertThatThrownBy(() -> launcher.run()).isInstanceOf(RulesConfigException.class)
                .hasMessage("verdicts/rusak.csv:3: verdict 'TIDAK' harus BENAR atau SALAH");
        assertThat(Files.readString(out(OPD_CSV))).isEqualTo(before);
        Files.delete(work.resolve("rules/verdicts/rusak.csv"));
    }

    @Test
    @Order(4)
    void theWorkingPaperHoldsEveryFindingWithItsFiguresAsNumbersAndReadsBackItsVerdicts() throws Exception {
        Path xlsx = out("temuan.xlsx");
        List<Map<String, String>> csv = CsvFiles.read(out(OPD_CSV));
        Map<String, String> third;
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Ringkasan");
            Sheet sheet = wb.getSheet("Kecamatan Contoh Sejahtera");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Tertulis");
            assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Sidik");
            assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("Verdik");
            assertThat(sheet.getLastRowNum()).isEqualTo(csv.size()); // one row per reported finding, the header above
            Map<String, Row> byPrint = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                byPrint.put(sheet.getRow(r).getCell(13).getStringCellValue(), sheet.getRow(r));
            }
            for (Map<String, String> f : csv) {
                Row row = byPrint.get(f.get("fingerprint"));
                assertThat(row).as("finding %s", f.get("fingerprint")).isNotNull();
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(f.get("rule"));
                // the printed figure as a number, shown with its own decimals
                CellValue v = new NumberParser()
                        .parse(f.get("reported"));
                if (v.kind() == ValueKind.NUMBER) {
                    assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(v.number().doubleValue());
                    assertThat(row.getCell(8).getCellStyle().getDataFormatString())
                            .isEqualTo(v.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(v.decimals()));
                }
                assertThat(row.getCell(12).getHyperlink().getAddress()).isEqualTo(f.get("evidence"));
                assertThat(row.getCell(14) == null ? "" : row.getCell(14).getStringCellValue()).isEqualTo(f.get("verdict"));
            }
            // the auditor marks a third finding a false alarm in the workbook and saves it under rules/verdicts/
            third = csv.stream().filter(f -> !f.get("fingerprint").equals(confirmed.get("fingerprint"))).findFirst().orElseThrow();
            Row row = byPrint.get(third.get("fingerprint"));
            row.createCell(14).setCellValue("SALAH");
            row.createCell(15).setCellValue("Rina");
            row.createCell(17).setCellValue("angka dibaca dari sel gabungan");
            Path copy = work.resolve("rules/verdicts/kertas-kerja.xlsx");
            try (OutputStream o = Files.newOutputStream(copy)) {
                wb.write(o);
            }
        }
        assertThat(launcher.run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, String>> suppressed = CsvFiles.read(out("suppressed.csv"));
        assertThat(suppressed).anySatisfy(x -> {
            assertThat(x.get("fingerprint")).isEqualTo(third.get("fingerprint"));
            assertThat(x.get("reviewer")).isEqualTo("Rina");
            assertThat(x.get("note")).isEqualTo("angka dibaca dari sel gabungan");
            assertThat(x.get("verdict_source")).startsWith("verdicts/kertas-kerja.xlsx (Kecamatan Contoh Sejahtera):");
        });
        assertThat(CsvFiles.read(out(OPD_CSV))).noneSatisfy(r -> assertThat(r.get("fingerprint")).isEqualTo(third.get("fingerprint")));
    }
}
