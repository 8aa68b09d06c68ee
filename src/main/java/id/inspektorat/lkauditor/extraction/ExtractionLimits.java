package id.inspektorat.lkauditor.extraction;

import java.time.Duration;

/**
 * Bounds on what one document may cost, so one bad file cannot take the night's run down.
 *
 * @param maxPages         more pages than this: {@code TOO_LARGE}
 * @param maxMainMemory    bytes PDFBox may buffer in memory before it spills to scratch files
 * @param timeout          wall time for one document: {@code TIMEOUT}
 * @param maxCellsPerPage  a page with more table cells than this is skipped as pathological
 * @param maxContentBytes  page content streams may decode to at most this many bytes in all: an
 *                         inflate bomb is {@code TOO_LARGE} before any page is parsed
 */
public record ExtractionLimits(int maxPages, long maxMainMemory, Duration timeout, int maxCellsPerPage,
                               long maxContentBytes) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(1500, 64L * 1024 * 1024, Duration.ofMinutes(5), 20_000, 200L * 1024 * 1024);
    }
}
