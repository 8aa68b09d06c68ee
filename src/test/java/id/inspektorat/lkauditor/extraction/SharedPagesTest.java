package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long document read by two threads, each from its own PDFBox document, gives what one thread reads. */
class SharedPagesTest {

    private static final ExecutorService POOL = Executors.newCachedThreadPool();

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** Lends a thread when asked, and counts the loans. */
    private static final class CountingHelper implements PdfTableExtractor.PageHelper {
        final AtomicInteger lent = new AtomicInteger();
        final AtomicInteger returned = new AtomicInteger();
        final boolean idle;

        CountingHelper(boolean idle) {
            this.idle = idle;
        }

        @Override
        public boolean tryAcquire() {
            if (idle) {
                lent.incrementAndGet();
            }
            return idle;
        }

        @Override
        public void release() {
            returned.incrementAndGet();
        }

        @Override
        public Executor executor() {
            return POOL;
        }
    }

    private static ExtractedDocument read(Path pdf, PdfTableExtractor.PageHelper helper) throws Exception {
        try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(ExtractionLimits.defaults()).open(pdf, List.of())) {
            return opened.extract(helper);
        }
    }

    @Test
    void twoReadersGiveTheSameTablesAndTextAsOne() throws Exception {
        List<Path> pdfs = new ArrayList<>(PdfFiles.in(PdfFiles.SHARED_CORPUS.resolve("train")));
        Path generated = dir.resolve("panjang.pdf");
        LkPdfBuilder builder = new LkPdfBuilder().titlePage("Kecamatan Panjang", "Kabupaten Contoh", 2023);
        for (int i = 1; i <= 30; i++) {
            builder.paragraph("Halaman " + i + ": capaian kinerja dibahas di sini.").pageBreak();
        }
        builder.save(generated);
        pdfs.add(generated);
        for (Path pdf : pdfs) {
            ExtractedDocument one = read(pdf, null);
            CountingHelper helper = new CountingHelper(true);
            ExtractedDocument two = read(pdf, helper);
            assertThat(one.pageCount()).isGreaterThanOrEqualTo(PdfTableExtractor.PAGES_WORTH_SHARING);
            assertThat(helper.lent.get()).as("a helper was used for %s", pdf.getFileName()).isEqualTo(1);
            assertThat(helper.returned.get()).as("and given back").isEqualTo(1);
            assertThat(two).as(pdf.getFileName().toString()).isEqualTo(one);
        }
    }

    /** Both readers stop at the document's time limit; the document is TIMEOUT and the helper comes back. */
    @Test
    void aDocumentOutOfTimeStopsBothReaders() throws Exception {
        Path longPdf = dir.resolve("lambat.pdf");
        LkPdfBuilder builder = new LkPdfBuilder().titlePage("Kecamatan Lambat", "Kabupaten Contoh", 2023);
        for (int i = 1; i <= 40; i++) {
            builder.paragraph("Halaman " + i + ": capaian kinerja.").pageBreak();
        }
        builder.save(longPdf);
        ExtractionLimits noTime = new ExtractionLimits(1500, 64L * 1024 * 1024, Duration.ofNanos(1), 20_000,
                200L * 1024 * 1024);
        CountingHelper helper = new CountingHelper(true);
        try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(noTime).open(longPdf, List.of())) {
            Assertions.assertThatThrownBy(() -> opened.extract(helper))
                    .isInstanceOfSatisfying(ExtractionFailure.class, f -> assertThat(f.status()).isEqualTo("TIMEOUT"));
        }
        assertThat(helper.lent.get()).isEqualTo(1);
        assertThat(helper.returned.get()).isEqualTo(1);
    }

    @Test
    void noHelperIsTakenWhenNoCoreIsIdleOrTheDocumentIsShort() throws Exception {
        Path shortPdf = dir.resolve("pendek.pdf");
        new LkPdfBuilder().titlePage("Kecamatan Pendek", "Kabupaten Contoh", 2023).paragraph("Satu halaman.").save(shortPdf);
        CountingHelper idle = new CountingHelper(true);
        read(shortPdf, idle);
        assertThat(idle.lent.get()).isZero();
        assertThat(idle.returned.get()).isZero();

        Path longPdf = dir.resolve("panjang.pdf");
        LkPdfBuilder builder = new LkPdfBuilder().titlePage("Kecamatan Panjang", "Kabupaten Contoh", 2023);
        for (int i = 1; i <= 30; i++) {
            builder.paragraph("Halaman " + i + ".").pageBreak();
        }
        builder.save(longPdf);
        CountingHelper busy = new CountingHelper(false);
        ExtractedDocument doc = read(longPdf, busy);
        assertThat(doc.pageCount()).isGreaterThanOrEqualTo(PdfTableExtractor.PAGES_WORTH_SHARING);
        assertThat(doc.pages()).hasSize(doc.pageCount());
        assertThat(busy.returned.get()).isZero();
    }
}
