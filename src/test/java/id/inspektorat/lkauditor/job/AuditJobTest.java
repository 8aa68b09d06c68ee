package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.CsvFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole job over generated reports: findings, documents.csv, and a re-run that skips. */
@SpringBatchTest
@SpringBootTest(classes = LkAuditorApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditJobTest {

    @TempDir
    static Path work;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("lk.input", () -> work.resolve("input").toString());
        registry.add("lk.output", () -> work.resolve("output").toString());
        registry.add("lk.rules", () -> work.resolve("rules").toString());
        registry.add("lk.data-dir", () -> work.resolve("data").toString());
        registry.add("lk.dump-tables", () -> "true");
        registry.add("lk.dump-text", () -> "true");
    }

    @BeforeAll
    static void samples() throws IOException {
        Path input = work.resolve("input");
        SampleReports.writeAll(input);
        Files.createDirectories(input.resolve("kecamatan-contoh-rusak"));
        Files.writeString(input.resolve("kecamatan-contoh-rusak/laporan.pdf"), "ini bukan PDF");
        Files.createDirectories(work.resolve("rules"));
    }

    @Autowired
    AuditLauncher launcher;

    private Path output(String name) {
        return work.resolve("output").resolve(name);
    }

    @Test
    @Order(1)
    void plantedFindingsAreReportedWhereTheyWerePlanted() throws Exception {
        JobExecution execution = launcher.run();
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, String>> errors = CsvFiles.read(output("kecamatan-contoh-sejahtera.csv"));
        List<Map<String, String>> dinas = CsvFiles.read(output("dinas-contoh-lestari.csv"));
        for (SampleReports.Planted p : SampleReports.PLANTED) {
            List<Map<String, String>> rows = p.document().equals(SampleReports.TITLE_ONLY) ? dinas : errors;
            assertThat(rows).as("planted %s", p).anySatisfy(r -> {
                assertThat(r.get("document")).isEqualTo(p.document());
                assertThat(r.get("rule")).isEqualTo(p.rule());
                assertThat(r.get("table")).isEqualTo(p.table());
                assertThat(r.get("row")).isEqualTo(Integer.toString(p.row()));
                assertThat(r.get("reported")).isEqualTo(p.reported());
                assertThat(r.get("expected")).isEqualTo(p.expected());
                assertThat(r.get("severity")).isEqualTo("ERROR");
                assertThat(r.get("page")).matches("\\d+");
            });
        }
        // nothing beyond what was planted
        assertThat(errors.size() + dinas.size()).isEqualTo(SampleReports.PLANTED.size());
    }

    @Test
    @Order(2)
    void aConsistentReportYieldsNoFinding() {
        assertThat(CsvFiles.read(output("kecamatan-contoh-makmur.csv"))).isEmpty();
    }

    @Test
    @Order(3)
    void documentsCsvNamesEveryFileWithItsStatus() {
        List<Map<String, String>> docs = CsvFiles.read(output("documents.csv"));
        assertThat(docs).extracting(d -> d.get("document")).containsExactly(
                "kecamatan-contoh-makmur/lk-2023-kecamatan-contoh-makmur.pdf",
                "kecamatan-contoh-rusak/laporan.pdf",
                "kecamatan-contoh-sejahtera/lk-2023-kecamatan-contoh-sejahtera.pdf",
                "lk-2023-dinas-contoh-lestari.pdf");
        assertThat(docs.get(1).get("status")).isEqualTo("NOT_PDF");
        // every audited document says how many of its tables the tool understood, never more than it read
        assertThat(docs).filteredOn(d -> d.get("status").equals("AUDITED")).isNotEmpty().allSatisfy(d ->
                assertThat(Integer.parseInt(d.get("tables_understood"))).isBetween(1, Integer.parseInt(d.get("tables"))));
        assertThat(docs.get(1).get("message")).contains("bukan PDF");
        assertThat(docs.get(0).get("status")).isEqualTo("AUDITED");
        assertThat(docs.get(0).get("opd")).isEqualTo("Kecamatan Contoh Makmur");
        assertThat(docs.get(0).get("opd_source")).isEqualTo("FOLDER");
        assertThat(docs.get(3).get("opd")).isEqualTo("Dinas Contoh Lestari");
        assertThat(docs.get(3).get("opd_source")).isEqualTo("TITLE_PAGE");
        // one finding per planted error of that report (SampleReports lists them with their arithmetic)
        assertThat(docs.get(2).get("findings")).isEqualTo(Long.toString(SampleReports.PLANTED.stream()
                .filter(p -> p.document().equals(SampleReports.WITH_ERRORS)).count()));
        assertThat(docs.get(2).get("pages")).isEqualTo("4");
        assertThat(docs).allSatisfy(d -> assertThat(d.get("change")).isEqualTo("BARU"));
    }

    @Test
    @Order(4)
    void everyTableIsDumpedWithItsCaptionKindAndRows() throws Exception {
        Path dir = output("kecamatan-contoh-sejahtera").resolve("tables");
        List<Path> dumps;
        try (var files = Files.list(dir)) {
            dumps = files.sorted().toList();
        }
        assertThat(dumps).isNotEmpty().allSatisfy(p -> assertThat(p.getFileName().toString())
                .matches("lk-2023-kecamatan-contoh-sejahtera-p\\d+-t\\d+\\.csv"));
        Path budget = dumps.stream().filter(p -> {
            try {
                return Files.readString(p).contains("Tabel 3.18");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).findFirst().orElseThrow();
        String text = Files.readString(budget);
        assertThat(text).contains("tabel;Tabel 3.18").contains("jenis;BUDGET").contains("halaman;3-4")
                .contains("25;4;;25.;Kegiatan pelayanan nomor 25;25.000.000;22.500.000;95,00");
        // what each column was read as, by the vocabulary's words: "No." a key, "Anggaran (Rp)" an amount
        assertThat(text).contains(";;arti kolom;KEY ← no;(tidak dikenali);ANGGARAN ← anggaran, RUPIAH ← rp, SEGMENT_TARGET ← anggaran;");
    }

    @Test
    @Order(3)
    void theIndexSaysWhatRanAndWhatWasNotAudited() throws Exception {
        String index = Files.readString(output("index.html")).replaceAll("<[^>]+>", " ");
        assertThat(index).contains("Audit pertama").contains("versi aturan")
                .contains(work.resolve("input").toAbsolutePath().normalize().toString());
        // the file that is no PDF, with its reason
        assertThat(index).contains("Dokumen yang tidak diperiksa").contains("kecamatan-contoh-rusak/laporan.pdf")
                .contains("NOT_PDF").contains("bukan PDF");
        // one line per rule of what it checks, from the rules' own metadata
        assertThat(index).contains("Yang diperiksa").contains("LK-TOT-01")
                .contains("Baris JUMLAH tidak sama dengan penjumlahan baris di atasnya");
    }

    @Test
    @Order(4)
    void everyPageIsDumpedAsTheToolReadIt() throws Exception {
        Path dir = output("kecamatan-contoh-sejahtera").resolve("text");
        String page3 = Files.readString(dir.resolve("lk-2023-kecamatan-contoh-sejahtera-p3.txt"));
        // the running text, and the budget table's rows with their cells
        assertThat(page3).contains("Tabel 3.18").contains("Kegiatan pelayanan nomor 1 | 1.000.000");
    }

    @Test
    @Order(5)
    void aSecondRunOverUnchangedInputReusesResultsAndWritesTheSameFiles() throws Exception {
        String before = Files.readString(output("kecamatan-contoh-sejahtera.csv"));
        JobExecution second = launcher.run();
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isNotNull();
        List<Map<String, String>> docs = CsvFiles.read(output("documents.csv"));
        assertThat(docs).allSatisfy(d -> assertThat(d.get("change")).isEqualTo("TETAP"));
        assertThat(Files.readString(output("kecamatan-contoh-sejahtera.csv"))).isEqualTo(before);
        // nothing changed since the first run: no finding new or fixed, all still open
        int planted = SampleReports.PLANTED.size();
        assertThat(Files.readString(output("index.html")).replaceAll("<[^>]+>", ""))
                .contains("Dibanding audit sebelumnya: 0 temuan baru, 0 sudah diperbaiki, " + planted + " masih terbuka");
    }

    @Test
    @Order(6)
    void evidenceImagesComeFromTheCacheAndOldOnesAreRemoved() throws Exception {
        List<Map<String, String>> rows = CsvFiles.read(output("kecamatan-contoh-sejahtera.csv"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            Path image = work.resolve("output").resolve(r.get("evidence"));
            assertThat(image).exists();
            assertThat(Files.readAllBytes(image)).startsWith(0x89, 'P', 'N', 'G');
        });
        Path cache = work.resolve("output/.lk-auditor/evidence");
        Map<Path, Object> drawn = new HashMap<>();
        try (var files = Files.list(cache)) {
            for (Path p : files.toList()) {
                drawn.put(p, Files.readAttributes(p, BasicFileAttributes.class).fileKey());
            }
        }
        assertThat(drawn).isNotEmpty();
        Path removed = work.resolve("output").resolve(rows.get(0).get("evidence"));
        Files.delete(removed);
        Path stale = output("kecamatan-contoh-sejahtera").resolve("evidence/lk-2023-versi-lama-p1.png");
        Files.write(stale, new byte[] {1, 2, 3});

        assertThat(launcher.run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // put back from the cache (the same file, not a new drawing), and nothing was drawn again
        assertThat(removed).exists();
        assertThat(Files.isSameFile(removed, cache.resolve(removed.getFileName()))).isTrue();
        for (Map.Entry<Path, Object> e : drawn.entrySet()) {
            assertThat(Files.readAttributes(e.getKey(), BasicFileAttributes.class).fileKey())
                    .as("%s drawn again", e.getKey().getFileName()).isEqualTo(e.getValue());
        }
        assertThat(stale).doesNotExist();
    }
}
