package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.util.AssertionFailedException;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.TextElement;

/**
 * {@link LazyTextIndex} answers every query as Tabula's index filled eagerly with the same glyphs in
 * the same order: the same glyphs in the same order for areas inside, across and outside the page,
 * also when glyphs are added after the first query.
 */
class LazyTextIndexTest {

    @TempDir
    Path dir;

    @Test
    void answersAsTabulasIndexOnTheSamplesGlyphs() throws Exception {
        SampleReports.writeAll(dir);
        Random random = new Random(7);
        int queries = 0;
        for (Path pdf : PdfFiles.under(dir)) {
            try (PDDocument doc = PDDocument.load(pdf.toFile())) {
                for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                    Page page = PageReader.read(doc, n);
                    List<TextElement> glyphs = page.getText();
                    RectangleSpatialIndex<TextElement> eager = new RectangleSpatialIndex<>();
                    LazyTextIndex lazy = new LazyTextIndex();
                    for (TextElement te : glyphs) {
                        eager.add(te);
                        lazy.add(te);
                    }
                    queries += compare(eager, lazy, page, random);
                    if (!glyphs.isEmpty()) {
                        // a glyph added after the first query is refused alike (Tabula's tree is built then)
                        TextElement late = glyphs.get(0);
                        assertThatThrownBy(() -> eager.add(late)).isInstanceOf(AssertionFailedException.class);
                        assertThatThrownBy(() -> lazy.add(late)).isInstanceOf(AssertionFailedException.class);
                    }
                    if (!glyphs.isEmpty()) {
                        assertThat(lazy.getBounds()).isEqualTo(eager.getBounds());
                    }
                }
            }
        }
        assertThat(queries).isGreaterThan(500); // 60 areas on each of the samples' pages
    }

    private static int compare(RectangleSpatialIndex<TextElement> eager, LazyTextIndex lazy, Page page, Random random) {
        int queries = 0;
        for (int i = 0; i < 60; i++) {
            float left = random.nextFloat() * page.width - 50;
            float top = random.nextFloat() * page.height - 50;
            Rectangle area = new Rectangle(top, left, random.nextFloat() * page.width, random.nextFloat() * page.height);
            assertThat(lazy.contains(area)).containsExactlyElementsOf(eager.contains(area));
            assertThat(lazy.intersects(area)).containsExactlyElementsOf(eager.intersects(area));
            queries++;
        }
        return queries;
    }
}
