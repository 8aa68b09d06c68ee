package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs on the same data at once: the second refuses with a clear message and touches nothing. */
class ConcurrentRunTest {

    @TempDir
    Path work;

    @Test
    void aSecondRunOnTheSameDataRefuses() throws Exception {
        Path input = work.resolve("input");
        SampleReports.consistent("Kecamatan Satu").save(input.resolve("kecamatan-satu/lk.pdf"));
        Path data = work.resolve("out/.lk-auditor");
        Files.createDirectories(data);
        // another process holds the run lock (as a running audit does)
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), data.resolve("run.lock").toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6))).isEqualTo("locked");
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true));
            int exit;
            try {
                exit = LkAuditorApplication.run(new String[]{"--input=" + input, "--output=" + work.resolve("out")});
            } finally {
                System.setErr(err);
            }
            assertThat(exit).isEqualTo(3);
            assertThat(captured.toString()).contains("Audit lain sedang berjalan");
            assertThat(Files.exists(work.resolve("out/documents.csv"))).isFalse();
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // once the other run is gone, the audit runs
        assertThat(LkAuditorApplication.run(new String[]{"--input=" + input, "--output=" + work.resolve("out")})).isZero();
        assertThat(Files.readAllLines(work.resolve("out/documents.csv"))).hasSize(2);
    }

    /** Holds the lock file until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = c.lock()) {
                System.out.print("locked");
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }

}
