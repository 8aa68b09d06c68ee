package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.BadFiles;
import id.inspektorat.lkauditor.fixtures.CsvFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night's input with a good report and one of each bad kind: the run completes with exit code 0,
 * every bad file is named in documents.csv with its status and an Indonesian message, and the good
 * report's findings are complete.
 */
class BadFilesTest {

    @TempDir
    Path work;

    @Test
    void everyBadFileGetsAStatusAndTheGoodReportIsAuditedInFull() throws Exception {
        Path in = work.resolve("input");
        Path good = in.resolve("kecamatan-baik/lk-2023.pdf");
        SampleReports.withErrors("Kecamatan Baik").save(good);
        BadFiles.zeroBytes(in.resolve("kosong/lk.pdf"));
        BadFiles.notPdf(in.resolve("bukan-pdf/lk.pdf"), "Ini catatan, bukan laporan.");
        BadFiles.notPdf(in.resolve("bukan-pdf/lk.docx"), "PK\u0003\u0004 word/document.xml");
        BadFiles.truncated(good, in.resolve("terpotong/lk.pdf"));
        BadFiles.encrypted(good, in.resolve("sandi-pemilik/lk.pdf"), "");
        BadFiles.encrypted(good, in.resolve("sandi-pengguna/lk.pdf"), "rahasia");
        BadFiles.scanned(in.resolve("hasil-pindai/lk.pdf"), 2);
        BadFiles.partlyScanned(good, in.resolve("sebagian-pindai/lk.pdf"));
        BadFiles.inflateBomb(in.resolve("bom-inflate/lk.pdf"), 80);
        BadFiles.manyPages(in.resolve("ribuan-halaman/lk.pdf"), 60);
        BadFiles.cyclicPageTree(in.resolve("berputar/lk.pdf"));

        String[] args = {"--input=" + in, "--output=" + work.resolve("out"), "--rules=" + work.resolve("rules"),
                "--lk.max-content-mb=50", "--lk.max-pages=50", "--lk.timeout=20s"};
        assertThat(LkAuditorApplication.run(args)).isZero();

        Map<String, Map<String, String>> docs = CsvFiles.read(work.resolve("out/documents.csv")).stream()
                .collect(Collectors.toMap(d -> d.get("document"), d -> d));
        assertThat(docs).hasSize(12);
        assertThat(docs.get("kecamatan-baik/lk-2023.pdf").get("status")).isEqualTo("AUDITED");
        assertThat(docs.get("kosong/lk.pdf").get("status")).isEqualTo("NOT_PDF");
        assertThat(docs.get("bukan-pdf/lk.pdf").get("status")).isEqualTo("NOT_PDF");
        assertThat(docs.get("bukan-pdf/lk.docx").get("status")).isEqualTo("NOT_PDF");
        assertThat(docs.get("terpotong/lk.pdf").get("status")).isIn("UNREADABLE", "AUDITED");
        assertThat(docs.get("sandi-pemilik/lk.pdf")).satisfies(d -> {
            assertThat(d.get("status")).isEqualTo("AUDITED");
            assertThat(d.get("message")).contains("kata sandi pemilik");
            assertThat(d.get("findings")).isEqualTo(docs.get("kecamatan-baik/lk-2023.pdf").get("findings"));
        });
        assertThat(docs.get("sandi-pengguna/lk.pdf").get("status")).isEqualTo("ENCRYPTED");
        assertThat(docs.get("hasil-pindai/lk.pdf").get("status")).isEqualTo("NO_TEXT_LAYER");
        assertThat(docs.get("sebagian-pindai/lk.pdf")).satisfies(d -> {
            assertThat(d.get("status")).isEqualTo("AUDITED");
            assertThat(d.get("message")).contains("tanpa lapisan teks").contains("5");
        });
        assertThat(docs.get("bom-inflate/lk.pdf")).satisfies(d -> {
            assertThat(d.get("status")).isEqualTo("TOO_LARGE");
            assertThat(d.get("message")).contains("dekompresi");
        });
        assertThat(docs.get("ribuan-halaman/lk.pdf").get("status")).isEqualTo("TOO_LARGE");
        assertThat(docs.get("berputar/lk.pdf").get("status")).isIn("UNREADABLE", "TIMEOUT", "AUDITED");
        assertThat(docs.values()).allSatisfy(d -> {
            if (!d.get("status").equals("AUDITED")) {
                assertThat(d.get("message")).isNotBlank();
            }
        });
        // the good report's findings are all there, despite its neighbours
        List<Map<String, String>> findings = CsvFiles.read(work.resolve("out/kecamatan-baik.csv"));
        assertThat(findings).hasSize((int) SampleReports.PLANTED.stream()
                .filter(p -> p.document().equals(SampleReports.WITH_ERRORS)).count());

        // a password from the configuration opens the user-encrypted report
        String[] withPassword = Arrays.copyOf(args, args.length + 1);
        withPassword[args.length] = "--password=rahasia";
        assertThat(LkAuditorApplication.run(withPassword)).isZero();
        Map<String, String> opened = CsvFiles.read(work.resolve("out/documents.csv")).stream()
                .filter(d -> d.get("document").equals("sandi-pengguna/lk.pdf")).findFirst().orElseThrow();
        assertThat(opened.get("status")).isEqualTo("AUDITED");
        assertThat(Files.exists(work.resolve("out/sandi-pengguna.csv"))).isTrue();
    }
}
