package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The page reader restates PDFBox and Tabula code for speed; a fork that reads differently from its
 * library is a defect. On every page of the real corpus, the distinct words the tool reads (running
 * text and table cells) are held against the words PDFBox's own {@link PDFTextStripper} reads there.
 * Skipped when {@code ../shared/corpus/real} is not beside the checkout.
 */
class PageTextDifferentialTest {

    private static final Path REAL = PdfFiles.SHARED_CORPUS.resolve("real");
    /** Pages with fewer words say little about a reader (a page number, a signature). */
    private static final int MIN_WORDS = 20;

    record PageScore(String document, int page, int words, double share, List<String> missing) {
    }

    @Test
    void theToolReadsTheWordsPdfBoxReadsOnEveryPageOfTheRealCorpus() throws Exception {
        assumeTrue(Files.isDirectory(REAL), "../shared/corpus/real is not beside this checkout");
        List<Path> pdfs = PdfFiles.in(REAL);
        List<PageScore> scores = new ArrayList<>();
        for (Path pdf : pdfs) {
            scores.addAll(score(pdf));
        }
        double[] shares = scores.stream().mapToDouble(PageScore::share).sorted().toArray();
        double median = shares[shares.length / 2];
        double p5 = shares[(int) Math.floor(shares.length * 0.05)];
        System.out.printf(Locale.ROOT, "%d pages of %d documents: median %.2f %%, 5th percentile %.2f %%, minimum %.2f %%%n",
                shares.length, pdfs.size(), median, p5, shares[0]);
        scores.stream().sorted(Comparator.comparingDouble(PageScore::share)).limit(12)
                .forEach(s -> System.out.printf(Locale.ROOT, "  %5.1f %% %s p%d (%d words) missing %s%n", s.share(), s.document(),
                        s.page(), s.words(), s.missing().subList(0, Math.min(12, s.missing().size()))));
        assertThat(median).isGreaterThanOrEqualTo(99.5);
        assertThat(p5).isGreaterThanOrEqualTo(97.0);
    }

    private static List<PageScore> score(Path pdf) throws IOException, ExtractionFailure {
        ExtractedDocument doc = new PdfTableExtractor(ExtractionLimits.defaults()).extract(pdf, List.of());
        List<PageScore> out = new ArrayList<>();
        try (PDDocument pd = PDDocument.load(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pd.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                Set<String> theirs = words(stripper.getText(pd));
                if (theirs.size() < MIN_WORDS) {
                    continue;
                }
                Set<String> ours = words(String.join("\n", doc.readingText(p)));
                List<String> missing = theirs.stream().filter(w -> !ours.contains(w)).sorted().toList();
                out.add(new PageScore(pdf.getFileName().toString(), p, theirs.size(),
                        100.0 * (theirs.size() - missing.size()) / theirs.size(), missing));
            }
        }
        return out;
    }

    /** Distinct words: runs of letters or digits, lower case, two characters or more. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
        return words;
    }
}
