package id.inspektorat.lkauditor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar's own main class: it decides on the child unless Boot's tools run, and it uses the JDK alone. */
class JarStartTest {

    @Test
    void decidesUnlessBootsToolsRun() {
        assertThat(JarStart.decides(null)).isTrue();
        assertThat(JarStart.decides("")).isTrue();
        assertThat(JarStart.decides("tools")).isFalse();
    }

    @Test
    void thePackageCopiedToTheJarsRootImportsNothingButTheJdk() throws IOException {
        // in the jar's root these classes are loaded before Boot's loader: a class of the application or a
        // library would not be found (and would shadow BOOT-INF/classes for the application too)
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/id/inspektorat/lkauditor/launch"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && !line.startsWith("import java.") && !line.startsWith("import static java.")) {
                        imports.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(imports).isEmpty();
    }
}
