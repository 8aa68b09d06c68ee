package id.inspektorat.lkauditor.extraction;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.slf4j.LoggerFactory;

/**
 * Reads and draws a one-page table on a spare thread while Spring starts (which keeps one core
 * busy): the first real report then finds PDFBox's font mapper, the Standard 14 metrics, Tabula,
 * the rasteriser and the PNG writer loaded instead of paying ~0,5 s for them in its own time.
 * Nothing it does is kept; if it fails, the audit is as it was.
 */
public final class Warmup {

    private Warmup() {
    }

    /** Starts it, unless {@code -Dlk.warmup=false}. */
    public static void start() {
        // logging set up before the warm-up thread logs (or SLF4J prints its replay notice), and the PDF
        // libraries' font notices kept off the console until Spring reads logback-spring.xml (to the file)
        for (String library : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            if (LoggerFactory.getLogger(library) instanceof Logger quiet) {
                quiet.setLevel(Level.ERROR);
            }
        }
        if ("false".equals(System.getProperty("lk.warmup"))) {
            return;
        }
        Thread t = new Thread(Warmup::run, "warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("lk-warmup");
            Path pdf = dir.resolve("warmup.pdf");
            write(pdf);
            try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(ExtractionLimits.defaults()).open(pdf, List.of())) {
                ExtractedDocument read = opened.extract();
                Box table = read.tables().isEmpty() ? new Box(100, 60, 200, 500) : read.tables().get(0).box();
                opened.evidence().render(new EvidenceRenderer.Request(1, table, table, table, List.of(table), dir.resolve("w.png")));
            }
        } catch (IOException | ExtractionFailure | RuntimeException e) {
            // a warm-up that fails costs nothing but its time
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | RuntimeException e) {
                    // left in the temp folder
                }
            }
        }
    }

    /** Tabel 1.1 with a header, two rows of figures and a total, ruled. */
    private static void write(Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, PDType1Font.HELVETICA_BOLD, 60, 720, "Tabel 1.1 Capaian Kinerja Tahun 2023");
                String[][] rows = {{"No", "Indikator", "Target", "Realisasi", "Capaian (%)"},
                    {"1", "Indeks Kepuasan Masyarakat", "80,00", "82,50", "103,13"},
                    {"2", "Nilai SAKIP", "70,00", "70,15", "100,21"}, {"", "Jumlah", "150,00", "152,65", "101,77"}};
                float[] xs = {60, 90, 300, 380, 460, 550};
                float top = 700;
                for (int r = 0; r <= rows.length; r++) {
                    cs.moveTo(xs[0], top - r * 20);
                    cs.lineTo(xs[xs.length - 1], top - r * 20);
                }
                for (float x : xs) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - rows.length * 20);
                }
                cs.stroke();
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < rows[r].length; c++) {
                        text(cs, r == 0 ? PDType1Font.HELVETICA_BOLD : PDType1Font.HELVETICA, xs[c] + 3, top - r * 20 - 14, rows[r][c]);
                    }
                }
                text(cs, PDType1Font.HELVETICA, 60, 590, "Capaian kinerja tahun 2023 naik sebesar 2,50 poin dibanding tahun 2022.");
            }
            doc.save(pdf.toFile());
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
