package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.CsvFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL half-way resumes on the next start: every document is audited, no
 * finding is lost or doubled. The auditor runs as a real child process so the kill is real.
 */
class KillAndRestartTest {

    private static final int DOCUMENTS = 10;

    @TempDir
    Path work;

    @Test
    void aKilledRunIsFinishedByTheNextStartWithoutDuplicates() throws Exception {
        Path input = work.resolve("input");
        for (int i = 1; i <= DOCUMENTS; i++) {
            String opd = "Kecamatan Uji " + i;
            SampleReports.withErrors(opd).save(input.resolve("kecamatan-uji-" + i).resolve("lk-2023.pdf"));
        }
        Process first = start(input);
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                seen.add(line);
                if (line.contains("[3/" + DOCUMENTS + "]")) {
                    first.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                    break;
                }
            }
        }
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(seen).anyMatch(l -> l.contains("[3/" + DOCUMENTS + "]"));
        assertThat(Files.exists(work.resolve("output/documents.csv"))).as("the killed run wrote no report").isFalse();

        Process second = start(input);
        String log = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("Melanjutkan audit yang belum selesai");

        List<Map<String, String>> docs = CsvFiles.read(work.resolve("output/documents.csv"));
        assertThat(docs).hasSize(DOCUMENTS).allSatisfy(d -> assertThat(d.get("status")).isEqualTo("AUDITED"));
        long plantedPerReport = SampleReports.PLANTED.stream().filter(p -> p.document().equals(SampleReports.WITH_ERRORS)).count();
        for (int i = 1; i <= DOCUMENTS; i++) {
            List<Map<String, String>> findings = CsvFiles.read(work.resolve("output/kecamatan-uji-" + i + ".csv"));
            assertThat(findings).as("kecamatan-uji-%d", i).hasSize((int) plantedPerReport);
            assertThat(findings.stream().distinct().count()).isEqualTo(findings.size());
        }
    }

    private Process start(Path input) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), LkAuditorApplication.class.getName(),
                "--input=" + input, "--output=" + work.resolve("output"), "--rules=" + work.resolve("rules"),
                "--threads=1");
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
