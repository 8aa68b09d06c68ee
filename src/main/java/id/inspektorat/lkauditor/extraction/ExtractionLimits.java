package id.inspektorat.lkauditor.extraction;

import java.time.Duration;

/**
 * Bounds on what one document may cost, so one bad file cannot take the night's run down.
 *
 * @param maxPages         more pages than this: {@code TOO_LARGE}
 * @param maxMainMemory    bytes PDFBox may buffer in memory before it spills to scratch files
 * @param timeout          wall time for one document: {@code TIMEOUT}
 * @param maxCellsPerPage  a page with more table cells than this is skipped as pathological
 */
public record ExtractionLimits(int maxPages, long maxMainMemory, Duration timeout, int maxCellsPerPage) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(1500, 64L * 1024 * 1024, Duration.ofMinutes(5), 20_000);
    }
}
