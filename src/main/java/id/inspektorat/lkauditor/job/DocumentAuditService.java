package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.extraction.EvidenceRenderer;
import id.inspektorat.lkauditor.extraction.ExtractedDocument;
import id.inspektorat.lkauditor.extraction.ExtractedTable;
import id.inspektorat.lkauditor.extraction.ExtractionFailure;
import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.extraction.PdfTableExtractor;
import id.inspektorat.lkauditor.facts.FactExtractor;
import id.inspektorat.lkauditor.history.AuditResult;
import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.intake.DocumentKinds;
import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.intake.OpdNames;
import id.inspektorat.lkauditor.intake.OpdSource;
import id.inspektorat.lkauditor.intake.ReportYears;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.TableNormalizer;
import id.inspektorat.lkauditor.registry.RuleRegistry;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.understanding.TableUnderstanding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The per-document pipeline: extract tables and text, normalize the tables, run the rules. A
 * document that cannot be read yields a result with its status and message; nothing escapes.
 */
@Service
public class DocumentAuditService {

    private static final Logger log = LoggerFactory.getLogger(DocumentAuditService.class);

    /** Time per stage, in milliseconds. */
    public record StageTimes(long extract, long normalize, long check, long evidence) {
    }

    /** The evidence images a result still needs, drawn while its document is open; none by default. */
    @FunctionalInterface
    public interface EvidencePlan {
        List<EvidenceRenderer.Request> requests(AuditResult result);

        EvidencePlan NONE = result -> List.of();
    }

    /**
     * @param text what was read on each page, when {@code --dump-text} asks for it (else empty)
     */
    public record Outcome(AuditResult result, StageTimes times, List<Table> tables, Map<Integer, List<String>> text) {
        public Outcome(AuditResult result, StageTimes times, List<Table> tables) {
            this(result, times, tables, Map.of());
        }
    }

    /** How documents.csv and the HTML say a document's tables were not read well. */
    public static final String POORLY_READ = "Tabel tidak terbaca baik: hlm ";

    /** 12, 13, 14, 20 → "12–14, 20". */
    static String pageRanges(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            sb.append(sb.length() > 0 ? ", " : "").append(pages.get(i));
            if (j > i) {
                sb.append('–').append(pages.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    private final RuleRegistry rules;
    private final TableNormalizer normalizer;
    private final FactExtractor factExtractor;
    private final ExtractionThreads threads;

    public DocumentAuditService(RuleRegistry rules, ExtractionThreads threads) {
        this.rules = rules;
        this.normalizer = new TableNormalizer(rules.settings().vocabulary());
        this.factExtractor = new FactExtractor(rules.settings().vocabulary());
        this.threads = threads;
    }

    public Outcome audit(Path pdf, String documentName, AuditSettings settings) {
        return audit(pdf, documentName, null, settings, EvidencePlan.NONE);
    }

    /**
     * @param folderOpd the OPD named by the document's folder, or null
     * @param evidence  the images to draw from the document before it is closed
     */
    public Outcome audit(Path pdf, String documentName, String folderOpd, AuditSettings settings, EvidencePlan evidence) {
        return threads.whileBusy(() -> auditCounted(pdf, documentName, folderOpd, settings, evidence));
    }

    private Outcome auditCounted(Path pdf, String documentName, String folderOpd, AuditSettings settings,
                                 EvidencePlan evidence) {
        long t0 = System.nanoTime();
        Reading reading;
        try {
            reading = extractWithin(pdf, settings);
        } catch (ExtractionFailure e) {
            // extraction names its failures by the status's name
            return new Outcome(unread(DocumentStatus.valueOf(e.status()), e.getMessage(), documentName),
                    new StageTimes(ms(t0), 0, 0, 0), List.of());
        }
        try (PdfTableExtractor.OpenedPdf opened = reading.opened()) {
            return audit(reading.document(), opened, documentName, folderOpd, settings, evidence, t0);
        }
    }

    private Outcome audit(ExtractedDocument extracted, PdfTableExtractor.OpenedPdf opened, String documentName,
                          String folderOpd, AuditSettings settings, EvidencePlan evidence, long t0) {
        long t1 = System.nanoTime();
        // the title pages, read once for the OPD, the kind and the year
        List<String> firstPage = pageLines(extracted, 1, 1);
        List<String> nextPages = pageLines(extracted, 2, 3);
        String titleOpd = OpdNames.fromTitle(firstPage, nextPages).orElse(null);
        String opdSource = OpdSource.TITLE_PAGE.name();
        if (titleOpd == null) {
            // a cover that is an image: the OPD the opening pages' text speaks for, if one clearly
            titleOpd = OpdNames.fromText(pagesLines(extracted, 1, OPENING_PAGES)).orElse(null);
            opdSource = OpdSource.TEXT.name();
        }
        // the year reads tables too: a cover or a page that is one table ("Realisasi Kinerja … Tahun 2023");
        // so does the kind, when the running text and the file name name none
        List<String> firstReading = readingLines(extracted, 1, 1);
        List<String> nextReading = readingLines(extracted, 2, 3);
        DocumentKinds.Kind kind = DocumentKinds.of(firstPage, nextPages, firstReading, nextReading, documentName);
        ReportYears.Year year = ReportYears.of(firstReading, nextReading, documentName, kind.kind());
        List<Integer> scanned = extracted.pagesWithoutText();
        if (extracted.pageCount() > 0 && scanned.size() == extracted.pageCount()) {
            return new Outcome(AuditResult.failed(DocumentStatus.NO_TEXT_LAYER, extracted.pageCount(), titleOpd,
                    "Tidak ada lapisan teks (dokumen hasil pindai); perlu OCR sebelum dapat diperiksa")
                    .withKind(kind.kind(), kind.source()).withYear(0, year.printed(), year.source().name()),
                    new StageTimes(ms(t0), 0, 0, 0), List.of());
        }
        List<Table> tables = new ArrayList<>();
        for (ExtractedTable t : extracted.tables()) {
            tables.add(normalizer.normalize(t));
        }
        long t2 = System.nanoTime();
        String opd = OpdNames.of(folderOpd, titleOpd).orElse(""); // unknown: the rules that need it abstain
        DocumentUnderAudit document = new DocumentUnderAudit(documentName, extracted.pageCount(), tables,
                extracted.pages(), opd, year.year(), kind.kind(), factExtractor);
        List<Finding> findings = new ArrayList<>(rules.run(document));
        findings.sort(Comparator.comparingInt(Finding::page).thenComparing(Finding::table).thenComparingInt(Finding::row)
                .thenComparing(Finding::column).thenComparing(Finding::rule).thenComparing(Finding::message));
        long t3 = System.nanoTime();
        String message = scanned.isEmpty() ? "" : "Halaman tanpa lapisan teks (hasil pindai, tidak diperiksa): "
                + scanned.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (!extracted.protection().isEmpty()) {
            message = message.isEmpty() ? extracted.protection() : message + "; " + extracted.protection();
        }
        List<Integer> poor = extracted.poorlyReadPages();
        if (!poor.isEmpty()) {
            String note = POORLY_READ + pageRanges(poor) + " (temuan di halaman itu mungkin tidak lengkap)";
            message = message.isEmpty() ? note : message + "; " + note;
        }
        List<StoredFact> facts = document.facts().stream().map(StoredFact::of).toList();
        List<TableUnderstanding.Understanding> understood = TableUnderstanding.of(tables);
        AuditResult result = new AuditResult(DocumentStatus.AUDITED, extracted.pageCount(), tables.size(),
                (int) understood.stream().filter(TableUnderstanding.Understanding::understood).count(),
                understood.stream().filter(u -> !u.understood()).map(TableUnderstanding.Understanding::describe).toList(),
                titleOpd, year.year(), message, findings, facts, kind.kind(), kind.source(), year.printed(), year.source().name(),
                titleOpd == null ? "" : opdSource);
        drawWithin(opened, evidence.requests(result), documentName, settings);
        long t4 = System.nanoTime();
        Map<Integer, List<String>> text = new TreeMap<>();
        if (settings.dumpText()) {
            for (int p = 1; p <= extracted.pageCount(); p++) {
                text.put(p, extracted.readingText(p));
            }
        }
        return new Outcome(result, new StageTimes((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000), tables, text);
    }

    /** A document read and still open, for its evidence. */
    private record Reading(ExtractedDocument document, PdfTableExtractor.OpenedPdf opened) {
    }

    private Reading extractWithin(Path pdf, AuditSettings settings) throws ExtractionFailure {
        Future<Reading> job = threads.submit(() -> {
            PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(settings.limits()).open(pdf, settings.passwordList());
            try {
                return new Reading(opened.extract(threads.idleCores()), opened);
            } catch (ExtractionFailure | RuntimeException | Error e) {
                opened.close();
                throw e;
            }
        });
        try {
            // the extractor checks the deadline between pages itself; this is the backstop for one page
            return job.get(settings.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ExtractionFailure(DocumentStatus.TIMEOUT.name(), "Ekstraksi melebihi batas waktu "
                    + settings.timeout().toSeconds() + " detik", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionFailure f) {
                throw f;
            }
            throw new ExtractionFailure(DocumentStatus.UNREADABLE.name(), "Dokumen tidak dapat dibaca: " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            throw new ExtractionFailure(DocumentStatus.TIMEOUT.name(), "Ekstraksi dihentikan", e);
        }
    }

    /**
     * Draws the evidence from the open document, on the extraction thread pool with the document's
     * time limit: a page that will not render costs its images, never the run or the findings.
     */
    private void drawWithin(PdfTableExtractor.OpenedPdf opened, List<EvidenceRenderer.Request> requests,
                            String documentName, AuditSettings settings) {
        if (requests.isEmpty()) {
            return;
        }
        Future<?> job = threads.submit(() -> {
            opened.evidence().render(requests);
            return null;
        });
        try {
            job.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            log.warn("Gambar bukti untuk {} melebihi batas waktu; sebagian gambar tidak dibuat", documentName);
        } catch (ExecutionException e) {
            log.warn("Gambar bukti untuk {} tidak dapat dibuat: {}", documentName, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
        }
    }

    /** How many opening pages speak for the report when its cover names no OPD (cover, foreword, contents, summary). */
    private static final int OPENING_PAGES = 6;

    /** The running-text lines of each of pages {@code from}–{@code to}. */
    private static List<List<String>> pagesLines(ExtractedDocument doc, int from, int to) {
        List<List<String>> pages = new ArrayList<>();
        for (PageText p : doc.pages()) {
            if (p.page() >= from && p.page() <= to) {
                pages.add(p.lines().stream().map(TextLine::text).toList());
            }
        }
        return pages;
    }

    /** The running-text lines of pages {@code from}–{@code to}, top down. */
    private static List<String> pageLines(ExtractedDocument doc, int from, int to) {
        return pagesLines(doc, from, to).stream().flatMap(List::stream).toList();
    }

    /** A document that could not be read: its kind and year as far as its file name tells them. */
    static AuditResult unread(DocumentStatus status, String message, String documentName) {
        DocumentKinds.Kind kind = DocumentKinds.of(List.of(), List.of(), documentName);
        ReportYears.Year year = ReportYears.of(List.of(), List.of(), documentName, kind.kind());
        return AuditResult.failed(status, 0, null, message).withKind(kind.kind(), kind.source())
                .withYear(0, year.printed(), year.source().name());
    }

    private static List<String> readingLines(ExtractedDocument doc, int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int p = from; p <= Math.min(to, doc.pageCount()); p++) {
            lines.addAll(doc.readingText(p));
        }
        return lines;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
