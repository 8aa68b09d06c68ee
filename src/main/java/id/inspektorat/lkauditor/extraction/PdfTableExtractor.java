package id.inspektorat.lkauditor.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import technology.tabula.Page;
import technology.tabula.TextElement;

/**
 * Reads one PDF: per page the tables its {@link TableFinder}s find (ruled ones, then unruled ones
 * in the text outside them), the running text outside every table, and each table's caption; then
 * stitches tables that continue on the next page. PDFBox and Tabula types stay in this package: everything it returns is a plain
 * record. One instance per document; not shared between threads.
 */
public final class PdfTableExtractor {

    static final Pattern CAPTION = Pattern.compile("^(?i)tabel\\s*\\.?\\s*[0-9IVX]+(\\s*\\.\\s*\\d+)*\\b.*");

    private final ExtractionLimits limits;
    /** Lattice first; stream only on the text outside the ruled tables, so no figure is read twice. */
    private final List<TableFinder> finders;

    public PdfTableExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.finders = List.of(new LatticeTableFinder(limits.maxCellsPerPage()), new StreamTableFinder());
    }

    /**
     * Lends an idle core to a long document: the pages are then read by two threads, each from its
     * own PDFBox document (a PDDocument is not safe to share), taking the next page as they go.
     */
    public interface PageHelper {

        /** A helper thread is free now (it must be {@link #release released}), or false. */
        boolean tryAcquire();

        void release();

        Executor executor();
    }

    /** Below this many pages a second reader costs more (opening the file again) than it saves. */
    static final int PAGES_WORTH_SHARING = 24;

    /** Reads the PDF's tables and text and closes it. */
    public ExtractedDocument extract(Path pdf, List<String> passwords) throws ExtractionFailure {
        try (OpenedPdf opened = open(pdf, passwords)) {
            return opened.extract();
        }
    }

    /**
     * Opens the PDF for reading: its tables and text first, then, while it is still open, the
     * evidence images of what the rules found in it, so the document is parsed once.
     */
    public OpenedPdf open(Path pdf, List<String> passwords) throws ExtractionFailure {
        try {
            return new OpenedPdf(load(pdf, passwords), pdf, passwords);
        } catch (InvalidPasswordException e) {
            throw new ExtractionFailure("ENCRYPTED", "Dokumen dilindungi kata sandi pembuka", e);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw failure(e);
        }
    }

    /** A PDF opened by {@link #open}; not shared between threads at the same time. */
    public final class OpenedPdf implements AutoCloseable {

        private final PDDocument document;
        private final Path pdf;
        private final List<String> passwords;

        private OpenedPdf(PDDocument document, Path pdf, List<String> passwords) {
            this.document = document;
            this.pdf = pdf;
            this.passwords = passwords;
        }

        public ExtractedDocument extract() throws ExtractionFailure {
            return extract(null);
        }

        /** @param helper lends a second thread for a long document when one is idle; may be null */
        public ExtractedDocument extract(PageHelper helper) throws ExtractionFailure {
            long deadline = System.nanoTime() + limits.timeout().toNanos();
            try {
                int pageCount = document.getNumberOfPages();
                if (pageCount > limits.maxPages()) {
                    throw new ExtractionFailure("TOO_LARGE",
                            "Dokumen memiliki " + pageCount + " halaman, melebihi batas " + limits.maxPages() + " halaman", null);
                }
                checkContentSize(document);
                String protection = document.isEncrypted()
                        ? "Dokumen terenkripsi dengan kata sandi pemilik (pembatasan salin/cetak); tetap dapat dibaca dan diperiksa"
                        : "";
                PageTables[] read = new PageTables[pageCount];
                AtomicInteger next = new AtomicInteger(1);
                if (helper != null && pageCount >= PAGES_WORTH_SHARING && helper.tryAcquire()) {
                    CompletableFuture<Void> second;
                    try {
                        second = CompletableFuture.runAsync(() -> {
                            try (PDDocument copy = load(pdf, passwords)) {
                                readPages(copy, next, read, deadline);
                            } catch (IOException | ExtractionFailure e) {
                                throw new CompletionException(e);
                            } finally {
                                helper.release();
                            }
                        }, helper.executor());
                    } catch (RuntimeException e) {
                        helper.release();
                        throw e;
                    }
                    try {
                        readPages(document, next, read, deadline);
                    } finally {
                        next.set(Integer.MAX_VALUE / 2); // the helper stops after its current page
                        joinHelper(second);
                    }
                } else {
                    readPages(document, next, read, deadline);
                }
                return TableStitcher.stitch(Arrays.asList(read)).withProtection(protection);
            } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                throw failure(e);
            }
        }

        /** Reads the pages not yet taken, one at a time, into their place in {@code read}. */
        private void readPages(PDDocument from, AtomicInteger next, PageTables[] read,
                               long deadline) throws IOException, ExtractionFailure {
            for (int n = next.getAndIncrement(); n <= read.length; n = next.getAndIncrement()) {
                if (System.nanoTime() > deadline) {
                    throw new ExtractionFailure("TIMEOUT", "Ekstraksi melebihi batas waktu "
                            + limits.timeout().toSeconds() + " detik (berhenti di halaman " + n + ")", null);
                }
                read[n - 1] = readPage(PageReader.read(from, n));
            }
        }

        /** Waits for the helper; its failure is the document's (memory, loops and time limits included). */
        private void joinHelper(CompletableFuture<Void> second) throws ExtractionFailure, IOException {
            try {
                second.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExtractionFailure("TIMEOUT", "Ekstraksi dihentikan", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : e.getCause();
                if (cause instanceof ExtractionFailure f) {
                    throw f;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
        }

        /** Draws evidence from this same document (its pages and fonts already read). */
        public EvidenceRenderer evidence() {
            return new EvidenceRenderer(document);
        }

        @Override
        public void close() {
            try {
                document.close();
            } catch (IOException e) {
                // nothing was written; a failed close loses nothing
            }
        }
    }

    private ExtractionFailure failure(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return new ExtractionFailure("TOO_LARGE", "Dokumen melebihi batas memori saat dibaca", e);
        }
        if (e instanceof StackOverflowError) {
            return new ExtractionFailure("UNREADABLE", "Struktur dokumen berputar (rujukan melingkar); tidak dapat dibaca", e);
        }
        if (String.valueOf(e.getMessage()).contains("Maximum allowed")) {
            // PDFBox's own memory cap (--lk.max-main-memory-mb) tripped while decoding
            return new ExtractionFailure("TOO_LARGE", "Isi dokumen melebihi batas memori "
                    + limits.maxMainMemory() / (1024 * 1024) + " MB setelah dekompresi", e);
        }
        return new ExtractionFailure("UNREADABLE", "Dokumen tidak dapat dibaca: " + describe(e), e);
    }

    /**
     * Decodes every page's content streams once, counting bytes, before anything is parsed: a
     * stream that inflates to hundreds of megabytes stops here, not in the middle of a page.
     */
    private void checkContentSize(PDDocument document) throws IOException, ExtractionFailure {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            try (InputStream in = page.getContents()) {
                if (in == null) {
                    continue;
                }
                for (int r; (r = in.read(buffer)) > 0; ) {
                    total += r;
                    if (total > limits.maxContentBytes()) {
                        throw new ExtractionFailure("TOO_LARGE", "Isi halaman (hingga halaman " + n + ") mengembang melebihi "
                                + limits.maxContentBytes() / (1024 * 1024) + " MB setelah dekompresi", null);
                    }
                }
            }
        }
    }

    private PDDocument load(Path pdf, List<String> passwords) throws IOException {
        // scratch-file buffering costs time on every read: only files that could exceed the memory cap use it
        MemoryUsageSetting memory = Files.size(pdf) * 4 < limits.maxMainMemory()
                ? MemoryUsageSetting.setupMainMemoryOnly(limits.maxMainMemory())
                : MemoryUsageSetting.setupMixed(limits.maxMainMemory());
        InvalidPasswordException last = null;
        List<String> tries = new ArrayList<>();
        tries.add("");
        tries.addAll(passwords);
        for (String password : tries) {
            try {
                PDDocument doc = DocumentLoader.load(pdf.toFile(), password, memory);
                doc.setAllSecurityToBeRemoved(false);
                return doc;
            } catch (InvalidPasswordException e) {
                last = e;
            }
        }
        throw last;
    }

    /** The reason in Indonesian, with PDFBox's own words kept in brackets for the specialist. */
    private static String describe(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        String l = m.toLowerCase(Locale.ROOT);
        String reason;
        if (l.contains("recursion") || l.contains("loop")) {
            reason = "struktur halaman berputar (rujukan melingkar)";
        } else if (l.contains("end-of-file") || l.contains("eof") || l.contains("xref") || l.contains("trailer")) {
            reason = "berkas terpotong atau tabel rujukannya rusak";
        } else if (l.contains("header")) {
            reason = "kepala berkas PDF rusak";
        } else {
            reason = "struktur PDF rusak";
        }
        return reason + " (" + m + ")";
    }

    /** One page's tables (in reading order) and the lines of text outside them. */
    record PageTables(int page, boolean hasText, List<PageTable> tables, List<TextLine> lines) {
    }

    record PageTable(Box box, List<Float> columnLefts, List<TableRow> rows, String method) {
    }

    private PageTables readPage(Page page) {
        List<TextElement> text = page.getText();
        boolean hasText = text.stream().anyMatch(t -> !t.getText().isBlank());
        if (!hasText) {
            return new PageTables(page.getPageNumber(), false, List.of(), List.of());
        }
        List<PageTable> tables = new ArrayList<>();
        TableFinder.Context free = new TableFinder.Context(page, text);
        for (TableFinder finder : finders) {
            TableFinder.Found found = finder.find(free);
            tables.addAll(found.tables());
            free = free.without(found.taken());
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().top()));
        return new PageTables(page.getPageNumber(), true, tables, free.lines());
    }
}
