package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from folders and PDFs reach the CSVs defused and never steer where files are written. */
class SafeOutputTest {

    @TempDir
    Path work;

    @Test
    void aHostileFolderNameIsNeitherAFormulaNorAPath() throws Exception {
        Path input = work.resolve("input");
        String hostile = "=HYPERLINK(\"http:..x\";\"klik\") ..";
        SampleReports.withErrors("Kecamatan Contoh").save(input.resolve(hostile).resolve("lk.pdf"));
        assertThat(LkAuditorApplication.run(new String[]{"--input=" + input, "--output=" + work.resolve("out")})).isZero();

        List<Path> written;
        try (Stream<Path> files = Files.walk(work)) {
            written = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv")).toList();
        }
        assertThat(written).allSatisfy(p -> assertThat(p.normalize()).startsWith(work.resolve("out")));
        Path opdFile = work.resolve("out/hyperlink-http-x-klik.csv");
        assertThat(opdFile).exists();
        String documents = Files.readString(work.resolve("out/documents.csv"), StandardCharsets.UTF_8);
        assertThat(documents).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain("\n=");
        for (String line : Files.readAllLines(opdFile, StandardCharsets.UTF_8)) {
            for (String cell : line.replace("\uFEFF", "").split(";")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(c).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
                if (c.startsWith("-")) {
                    assertThat(c).matches("-\\d[\\d.,]*.*");
                }
            }
        }
    }
}
