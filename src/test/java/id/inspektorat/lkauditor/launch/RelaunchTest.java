package id.inspektorat.lkauditor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relaunch in the launcher's JVM: only for a Boot jar started on its own, never over a choice the user made. */
class RelaunchTest {

    @TempDir
    Path work;

    private Path jar() throws Exception {
        return Files.writeString(Files.createDirectories(work.resolve("target")).resolve("lk-auditor.jar"), "PK");
    }

    @Test
    void aBootJarStartedOnItsOwnIsRelaunched() throws Exception {
        Path jar = jar();
        assertThat(Relaunch.bootJar(jar.toString(), true)).isEqualTo(jar.toAbsolutePath());
        assertThat(Relaunch.wanted(List.of(), Map.of(), jar, null, null)).isTrue();
        // system properties, other GC or stack options, a variable without such flags: still the launcher's JVM
        assertThat(Relaunch.wanted(List.of("-Dfile.encoding=UTF-8", "-Xss2m", "-XX:+UseSerialGC"),
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.awt.headless=true"), jar, "true", "false")).isTrue();
    }

    @Test
    void notFromAClassPathAnIdeATestOrTheExtractedJar() throws Exception {
        Path jar = jar();
        assertThat(Relaunch.bootJar(jar.toString(), false)).isNull(); // the extracted jar: the system class loader
        assertThat(Relaunch.bootJar("target/classes" + File.pathSeparator + jar, true)).isNull();
        assertThat(Relaunch.bootJar("target/classes", true)).isNull();
        assertThat(Relaunch.bootJar(work.resolve("missing.jar").toString(), true)).isNull();
        assertThat(Relaunch.bootJar(null, true)).isNull();
        assertThat(Relaunch.wanted(List.of(), Map.of(), null, null, null)).isFalse();
    }

    @Test
    void aChoiceTheUserMadeStands() throws Exception {
        Path jar = jar();
        for (String flag : List.of("-Xmx4g", "-XX:MaxRAMPercentage=50", "-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation",
                "-XX:Tier4InvocationThreshold=1", "-Xint", "-XX:SharedArchiveFile=a.jsa", "-Xshare:off",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:x.jar")) {
            assertThat(Relaunch.wanted(List.of("-Dx=1", flag), Map.of(), jar, null, null)).as(flag).isFalse();
        }
        assertThat(Relaunch.wanted(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Dx=1 -Xmx2g"), jar, null, null)).isFalse();
        assertThat(Relaunch.wanted(List.of(), Map.of("JDK_JAVA_OPTIONS", " -XX:TieredStopAtLevel=4"), jar, null, null))
                .isFalse();
        assertThat(Relaunch.wanted(List.of(), Map.of(), jar, "false", null)).isFalse(); // -Dlk.relaunch=false
        assertThat(Relaunch.wanted(List.of(), Map.of(), jar, null, "true")).isFalse(); // the child itself
    }

    @Test
    void theChildGetsTheLaunchersHeapAndJitAndTheSameArguments() throws Exception {
        Path jar = jar();
        Path small = Files.createDirectories(work.resolve("small"));
        Files.writeString(small.resolve("lk.pdf"), "%PDF-1.4");
        List<String> cmd = Relaunch.command("/jdk/bin/java", List.of("-Dfoo=bar baz"), jar,
                new String[] {"--input=" + small, "--output=uit"});
        assertThat(cmd).containsExactly("/jdk/bin/java", "-Dfoo=bar baz", "-Xmx1g", "-XX:MetaspaceSize=96m", "-XX:TieredStopAtLevel=1",
                "-Dlk.child=true", "-jar", jar.toString(), "--input=" + small, "--output=uit");
        Path large = Files.createDirectories(work.resolve("large"));
        for (int i = 0; i < LaunchOptions.LARGE_RUN; i++) {
            Files.writeString(large.resolve("lk-" + i + ".pdf"), "%PDF-1.4");
        }
        assertThat(Relaunch.command("java", List.of(), jar, new String[] {"--input=" + large}))
                .containsSubsequence(Relaunch.LARGE_RUN_JIT).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theLaunchersArchiveOnlyWhenItIsNotOlderThanTheJar() throws Exception {
        Path jar = jar();
        Path cds = Files.createDirectories(work.resolve("target/cds"));
        Path archive = Files.writeString(cds.resolve("app.jsa"), "archive");
        Path extracted = Files.writeString(cds.resolve("lk-auditor.jar"), "PK");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000));
        List<String> cmd = Relaunch.command("java", List.of(), jar, new String[] {"--input=" + work.resolve("none")});
        assertThat(cmd).containsSubsequence("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", extracted.toString()).doesNotContain(jar.toString());
        // the jar rebuilt after the archive: the plain jar, as the launcher does
        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        assertThat(Relaunch.command("java", List.of(), jar, new String[0])).containsSequence("-jar", jar.toString())
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.delete(extracted);
        assertThat(Relaunch.fresh(archive, extracted, jar)).isFalse();
    }
}
