package id.inspektorat.lkauditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator meets it: real processes, exit codes, a line or two, no stack trace. */
class CommandLineProcessTest {

    @TempDir
    Path work;

    record Run(int exit, String out) {
        List<String> lines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), LkAuditorApplication.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }

    private static void noTrace(Run r) {
        assertThat(r.out()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() throws Exception {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        for (CommandLine.Option o : CommandLine.OPTIONS) {
            assertThat(r.out()).contains("--" + o.name());
        }
        assertThat(r.out()).contains("(bawaan: input)").contains("(bawaan: output)");
        assertThat(run("-h").out()).isEqualTo(r.out());
        assertThat(run("help").exit()).isZero();
    }

    @Test
    void versionNamesTheProgramAndTheRulesVersion() throws Exception {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l).startsWith("LK Auditor ").contains("versi aturan "));
    }

    @Test
    void aMisspeltOptionAndABadValueExitTwoNamingWhatIsWrong() throws Exception {
        Run misspelt = run("--inptu=x");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.lines()).singleElement().satisfies(l -> assertThat(l).contains("--inptu").contains("--input"));
        Run threads = run("--threads=abc");
        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.lines()).singleElement().satisfies(l -> assertThat(l).contains("--threads").contains("abc"));
        Run separator = run("--csv-separator=|");
        assertThat(separator.exit()).isEqualTo(2);
        assertThat(separator.lines()).hasSize(1);
        noTrace(threads);
    }

    @Test
    void aMissingInputExitsTwo() throws Exception {
        Run r = run("--input=" + work.resolve("tidak-ada"), "--output=" + work.resolve("out"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l).contains("Input tidak ditemukan"));
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownRuleIdInTheSettingsIsOneLineWithItsFileAndLine() throws Exception {
        Path rules = work.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("lk-auditor.yml"), "rules:\n  LK-TOT-99:\n    enabled: false\n");
        SampleReports.consistent("Kecamatan Satu").save(work.resolve("input/kecamatan-satu/lk.pdf"));
        Run r = run("--input=" + work.resolve("input"), "--output=" + work.resolve("out"), "--rules=" + rules);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("lk-auditor.yml:2: aturan 'LK-TOT-99' tidak ada"); // the line of the id
        assertThat(r.lines().stream().filter(l -> !l.matches("\\d{2}:\\d{2}:\\d{2} .*"))).hasSizeLessThanOrEqualTo(2);
        noTrace(r);
    }

    @Test
    void anEmptyInputLeavesLastNightsResultsAsTheyWere() throws Exception {
        Path input = work.resolve("input");
        SampleReports.consistent("Kecamatan Satu").save(input.resolve("kecamatan-satu/lk.pdf"));
        Path out = work.resolve("out");
        assertThat(run("--input=" + input, "--output=" + out).exit()).isZero();
        byte[] documents = Files.readAllBytes(out.resolve("documents.csv"));
        byte[] opd = Files.readAllBytes(out.resolve("kecamatan-satu.csv"));
        // the share did not mount: the folder is there, the PDFs are not
        Files.delete(input.resolve("kecamatan-satu/lk.pdf"));
        Run r = run("--input=" + input, "--output=" + out);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l).contains("tidak berisi PDF").contains("--allow-empty-input"));
        assertThat(Files.readAllBytes(out.resolve("documents.csv"))).isEqualTo(documents);
        assertThat(Files.readAllBytes(out.resolve("kecamatan-satu.csv"))).isEqualTo(opd);
        // asked for, it runs
        assertThat(run("--input=" + input, "--output=" + out, "--allow-empty-input").exit()).isZero();
    }

    @Test
    void aSinglePdfIsAuditedUnderItsOwnFileName() throws Exception {
        Path pdf = work.resolve("lk-2023-kecamatan-satu.pdf");
        SampleReports.consistent("Kecamatan Satu").save(pdf);
        Path out = work.resolve("out");
        assertThat(run("--input=" + pdf, "--output=" + out).exit()).isZero();
        String documents = Files.readString(out.resolve("documents.csv"));
        assertThat(documents).contains("\nlk-2023-kecamatan-satu.pdf;").contains(";AUDITED;");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsFoundBeforeTheAudit() throws Exception {
        Path blocked = work.resolve("berkas-bukan-folder");
        Files.writeString(blocked, "x");
        SampleReports.consistent("Kecamatan Satu").save(work.resolve("input/kecamatan-satu/lk.pdf"));
        Run r = run("--input=" + work.resolve("input"), "--output=" + blocked.resolve("out"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l).contains("Folder output tidak dapat ditulisi"));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedWithTheVariablesThatSetIt() throws Exception {
        SampleReports.consistent("Kecamatan Satu").save(work.resolve("input/kecamatan-satu/lk.pdf"));
        // port 1 on loopback: nothing listens there, the connection is refused at once
        Run r = run(Map.of("LK_DB_URL", "jdbc:postgresql://127.0.0.1:1/lk"), "--input=" + work.resolve("input"),
                "--output=" + work.resolve("out"), "--spring.profiles.active=postgres");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Basis data tidak dapat dihubungi di jdbc:postgresql://127.0.0.1:1/lk")
                .contains("LK_DB_URL").contains("LK_DB_USER");
        assertThat(r.lines().stream().filter(l -> !l.matches("\\d{2}:\\d{2}:\\d{2} .*"))).hasSizeLessThanOrEqualTo(2);
        noTrace(r);
    }
}
