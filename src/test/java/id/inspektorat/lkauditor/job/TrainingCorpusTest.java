package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.CsvFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two real training reports, when ../shared is beside the checkout; skipped elsewhere. */
class TrainingCorpusTest {

    private static final Path TRAIN = Path.of("..", "shared", "corpus", "train");

    @TempDir
    Path work;

    @Test
    void auditsBothTrainingReportsAndFindsTheCapaianErrorMdA1() {
        assumeTrue(Files.isDirectory(TRAIN), "../shared/corpus/train is not beside this checkout");
        int exit = LkAuditorApplication.run(new String[]{"--input=" + TRAIN, "--output=" + work.resolve("out"),
                "--rules=" + work.resolve("rules")});
        assertThat(exit).isZero();

        List<Map<String, String>> docs = CsvFiles.read(work.resolve("out/documents.csv"));
        assertThat(docs).hasSize(2).allSatisfy(d -> assertThat(d.get("status")).isEqualTo("AUDITED"));

        // MD-A1: Tabel 3.2, capaian AKIP printed 89,07; 66,66 / 70,00 × 100 = 95,23
        List<Map<String, String>> md = CsvFiles.read(work.resolve("out/kecamatan-medang-deras.csv"));
        assertThat(md).anySatisfy(r -> {
            assertThat(r.get("table")).isEqualTo("Tabel 3.2");
            assertThat(r.get("rule")).isEqualTo("LK-CAP-01");
            assertThat(r.get("reported")).isEqualTo("89,07");
            assertThat(r.get("expected")).isEqualTo("95,23");
            assertThat(r.get("page")).isEqualTo("14");
        });
    }
}
