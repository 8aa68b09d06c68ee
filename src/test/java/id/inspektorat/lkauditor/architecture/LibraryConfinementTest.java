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

    private static final Pattern PDF_LIBRARY = Pattern.compile("\\b(org\\.apache\\.(pdfbox|fontbox)|technology\\.tabula)\\.[a-zA-Z]");

    @Test
    void noPdfLibraryTypeOutsideExtraction() {
        Sources sources = Sources.main();
        assertThat(sources.files()).isNotEmpty();
        List<String> offenders = sources.files().stream().filter(f -> !f.stage().equals("extraction"))
                .filter(f -> PDF_LIBRARY.matcher(f.text()).find()).map(f -> f.relative().toString()).toList();
        assertThat(offenders).as("PDFBox or Tabula used outside extraction").isEmpty();
    }

    /** The template engine stays in {@code report}: the pages' markup is its templates, not Java strings elsewhere. */
    @Test
    void templatesOnlyInReport() {
        Pattern engine = Pattern.compile("\\bfreemarker\\.[a-z]");
        List<String> offenders = Sources.main().files().stream().filter(f -> !f.stage().equals("report"))
                .filter(f -> engine.matcher(f.text()).find()).map(f -> f.relative().toString()).toList();
        assertThat(offenders).as("FreeMarker used outside report").isEmpty();
    }
}
