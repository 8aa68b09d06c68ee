package id.inspektorat.lkauditor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDFBox and Tabula stay in {@code extraction}: every other package works on the plain records it
 * returns, so a change of PDF library touches one package. Read from the sources (imports and fully
 * qualified names alike).
 */
class LibraryConfinementTest {

    private static final Path MAIN = Path.of("src/main/java/id/inspektorat/lkauditor");
    private static final Pattern PDF_LIBRARY = Pattern.compile("\\b(org\\.apache\\.(pdfbox|fontbox)|technology\\.tabula)\\.[a-zA-Z]");

    @Test
    void noPdfLibraryTypeOutsideExtraction() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        List<String> offenders = sources.stream()
                .filter(p -> !MAIN.relativize(p).toString().startsWith("extraction"))
                .filter(p -> {
                    try {
                        return PDF_LIBRARY.matcher(Files.readString(p)).find();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .map(p -> MAIN.relativize(p).toString()).toList();
        assertThat(offenders).as("PDFBox or Tabula used outside extraction").isEmpty();
    }

    /** The template engine stays in {@code report}: the pages' markup is its templates, not Java strings elsewhere. */
    @Test
    void templatesOnlyInReport() throws IOException {
        Pattern engine = Pattern.compile("\\bfreemarker\\.[a-z]");
        List<String> offenders;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            offenders = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN.relativize(p).toString().startsWith("report"))
                    .filter(p -> {
                        try {
                            return engine.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(p -> MAIN.relativize(p).toString()).toList();
        }
        assertThat(offenders).as("FreeMarker used outside report").isEmpty();
    }
}
