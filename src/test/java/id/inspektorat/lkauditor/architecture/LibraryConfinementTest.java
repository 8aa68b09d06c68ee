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
}
