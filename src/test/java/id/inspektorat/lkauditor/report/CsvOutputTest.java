package id.inspektorat.lkauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

    @TempDir
    Path output;

    @Test
    void writesTheCsvFilesAndCleansOnlyItsOwn() throws Exception {
        Files.writeString(output.resolve("opd-gone.csv"), "stale");
        Files.writeString(output.resolve("opd-gone.html"), "not mine");
        Files.writeString(output.resolve("temuan.xlsx"), "not mine");
        RunReport run = RunReports.run();
        String slug = run.documents().get(0).slug();

        List<Path> written = new CsvOutput(';').write(run, output);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly(slug + ".csv", "documents.csv", "all-findings.csv", "suppressed.csv");
        assertThat(output.resolve("opd-gone.csv")).doesNotExist();
        assertThat(output.resolve("opd-gone.html")).exists();
        assertThat(output.resolve("temuan.xlsx")).exists();

        byte[] bytes = Files.readAllBytes(output.resolve(slug + ".csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).isEqualTo(String.join(";", CsvOutput.FINDING_HEADER) + "\r\n"
                + "Dinas <b>Uji</b>;dinas/lk-2023.pdf;2;Tabel 3.10;;;;LK-CAP-01;WARNING;96,64;;capaian tidak sesuai;;fp-2;BENAR\r\n"
                + "Dinas <b>Uji</b>;dinas/lk-2023.pdf;4;Tabel 3.1;7;<script>alert('x')</script>;Jumlah;LK-TOT-01;ERROR;1.250,50;1.300,00;"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klik\"\")\";dinas-b-uji-b/evidence/lk-2023-p4.png;fp-1;\r\n");
        assertThat(Files.readString(output.resolve("all-findings.csv"))).isEqualTo("\uFEFF" + csv);
        assertThat(Files.readString(output.resolve("suppressed.csv")))
                .contains("fp-3;SALAH;Budi;2026-12-01;'=1+1 bukan temuan;verdicts/uji.csv:2;")
                .doesNotContain("fp-1");
        assertThat(Files.readString(output.resolve("documents.csv")))
                .endsWith("dinas/lk-2023.pdf;Dinas <b>Uji</b>;;;;;;AUDITED;40;12;10;2;1;1;;tidak;0123456789abcdef;\r\n");
    }

    @Test
    void theSeparatorIsConfigured() throws Exception {
        new CsvOutput(',').write(RunReports.run(), output);
        assertThat(Files.readString(output.resolve("documents.csv"))).startsWith("\uFEFFdocument,opd,opd_source,");
    }
}
