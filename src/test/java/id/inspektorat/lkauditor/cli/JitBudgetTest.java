package id.inspektorat.lkauditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.launch.LaunchOptions;
import id.inspektorat.lkauditor.launch.PdfFiles;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JIT budget: chosen from the input's size, left to the command line when it sets the JIT, applied in a real JVM. */
class JitBudgetTest {

    @TempDir
    Path work;

    private Path pdfs(String folder, int n) throws Exception {
        Path dir = Files.createDirectories(work.resolve(folder));
        for (int i = 0; i < n; i++) {
            Files.writeString(Files.createDirectories(dir.resolve("opd-" + i % 5)).resolve("lk-" + i + ".pdf"), "%PDF-1.4");
        }
        Files.writeString(dir.resolve("catatan.txt"), "bukan PDF");
        return dir;
    }

    @Test
    void aSmallNightGetsC1AndALargeOneC2ButTheFrameworks() throws Exception {
        Path small = pdfs("small", LaunchOptions.LARGE_RUN - 1);
        Path large = pdfs("large", LaunchOptions.LARGE_RUN);
        assertThat(JitBudget.choose(List.of(), null, new String[] {"--input=" + small})).isEqualTo(JitBudget.Choice.C1);
        assertThat(JitBudget.choose(List.of("-Xmx1g"), null, new String[] {"--input=" + large}))
                .isEqualTo(JitBudget.Choice.C2_BUT_FRAMEWORKS);
        // the last --input wins, as in Spring; one PDF named on its own is a small night
        assertThat(LaunchOptions.input(new String[] {"--input=" + large, "--lk.input=" + small})).isEqualTo(small.toString());
        assertThat(PdfFiles.count(small.resolve("opd-0/lk-0.pdf"), 50)).isEqualTo(1);
        assertThat(PdfFiles.count(work.resolve("missing"), 50)).isZero();
    }

    @Test
    void aJitChosenOnTheCommandLineStands() throws Exception {
        Path small = pdfs("small", 3);
        String[] args = {"--input=" + small};
        assertThat(JitBudget.choose(List.of("-XX:TieredStopAtLevel=1"), null, args)).isEqualTo(JitBudget.Choice.JVM);
        assertThat(JitBudget.choose(List.of("-XX:Tier4InvocationThreshold=50000"), null, args)).isEqualTo(JitBudget.Choice.JVM);
        assertThat(JitBudget.choose(List.of(), "jvm", args)).isEqualTo(JitBudget.Choice.JVM);
        assertThat(JitBudget.choose(List.of(), "c2", args)).isEqualTo(JitBudget.Choice.C2_BUT_FRAMEWORKS);
    }

    @Test
    void theJvmTakesTheDirective() throws Exception {
        Path small = pdfs("small", 2);
        String out = probe("--input=" + small);
        assertThat(out).contains("choice=C1");
        // the JVM's own listing of its directives: one that keeps C2 from every method, above the default
        assertThat(out).containsPattern("matching: \\*\\.\\*\\s+c1 directives:[\\s\\S]*?c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
        Path large = pdfs("large", LaunchOptions.LARGE_RUN);
        assertThat(probe("--input=" + large)).contains("choice=C2_BUT_FRAMEWORKS").contains("org/springframework/*.*");
    }

    /** Applies the budget in a fresh JVM and prints the choice and the JVM's directives. */
    private String probe(String arg) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), arg));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The child JVM of {@link #probe}. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            System.out.println("choice=" + JitBudget.apply(args));
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        }
    }
}
