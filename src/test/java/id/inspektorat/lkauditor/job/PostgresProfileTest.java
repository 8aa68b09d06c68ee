package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.CsvFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The postgres profile against a real PostgreSQL server: the job repository and the history live
 * there, a second run reuses what the first stored. Runs where {@code LK_TEST_POSTGRES_URL} names a
 * server (`.ci/run` installs and starts one); skipped elsewhere.
 */
class PostgresProfileTest {

    @TempDir
    Path work;

    @Test
    void theJobRunsOnPostgresByConfigurationAlone() throws Exception {
        String url = System.getenv("LK_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "LK_TEST_POSTGRES_URL not set: no PostgreSQL server for this test");
        String user = System.getenv().getOrDefault("LK_TEST_POSTGRES_USER", "lkauditor");
        String password = System.getenv().getOrDefault("LK_TEST_POSTGRES_PASSWORD", "lkauditor");
        Path input = work.resolve("input");
        SampleReports.withErrors("Kecamatan Pg").save(input.resolve("kecamatan-pg/lk-2023.pdf"));
        String[] args = {"--input=" + input, "--output=" + work.resolve("out"), "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password};

        assertThat(LkAuditorApplication.run(args)).isZero();
        List<Map<String, String>> findings = CsvFiles.read(work.resolve("out/kecamatan-pg.csv"));
        assertThat(findings).hasSize((int) SampleReports.PLANTED.stream()
                .filter(p -> p.document().equals(SampleReports.WITH_ERRORS)).count());

        assertThat(LkAuditorApplication.run(args)).isZero();
        assertThat(CsvFiles.read(work.resolve("out/documents.csv")).get(0).get("reused")).isEqualTo("ya");
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN LK_DOCUMENT d ON d.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                             + "WHERE d.PATH = 'kecamatan-pg/lk-2023.pdf'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2); // both runs are in PostgreSQL
        }
    }
}
