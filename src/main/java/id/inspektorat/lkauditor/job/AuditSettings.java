package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.extraction.ExtractionLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The run's settings ({@code lk.*}; {@code --input}, {@code --output}, {@code --rules} on the command line).
 *
 * @param input         folder of LK PDFs ({@code input/<opd>/*.pdf} or flat)
 * @param output        folder for the CSVs
 * @param rules         folder of rule settings, scales and reference data
 * @param data          folder of the embedded H2 history and the logs (default {@code <output>/.lk-auditor})
 * @param threads       documents audited in parallel (0: one per core)
 * @param maxFileMb     larger files are {@code TOO_LARGE} without being opened
 * @param maxPages      documents with more pages are {@code TOO_LARGE}
 * @param timeout       wall time per document
 * @param maxMainMemoryMb PDFBox buffers at most this in memory per document, then uses scratch files
 * @param passwords     passwords tried on encrypted PDFs
 * @param csvSeparator  {@code ;} (Excel, Indonesian locale) or {@code ,}
 * @param dumpTables    write every extracted table as CSV under {@code output/<opd>/tables/}
 * @param maxContentMb  page contents may decode to at most this many MB per document
 * @param evidence      draw an evidence image per finding (output/<opd>/evidence/)
 * @param dumpText      write what was read on each page under {@code output/<opd>/text/}
 * @param verdicts      apply the auditors' verdicts of {@code rules/verdicts/} (off: every finding reported, for
 *                      measuring precision)
 */
@Validated
@ConfigurationProperties("lk")
public record AuditSettings(
        @NotNull @DefaultValue("input") Path input,
        @NotNull @DefaultValue("output") Path output,
        @NotNull @DefaultValue("rules") Path rules,
        Path data,
        @Min(0) @Max(256) @DefaultValue("0") int threads,
        @Min(1) @DefaultValue("200") long maxFileMb,
        @Min(1) @DefaultValue("1500") int maxPages,
        @NotNull @DefaultValue("5m") Duration timeout,
        @Min(8) @DefaultValue("64") long maxMainMemoryMb,
        @DefaultValue("") List<String> passwords,
        @DefaultValue(";") char csvSeparator,
        @DefaultValue("false") boolean dumpTables,
        @Min(1) @DefaultValue("200") long maxContentMb,
        @DefaultValue("true") boolean evidence,
        @DefaultValue("true") boolean verdicts,
        @DefaultValue("false") boolean dumpText) {

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The folder document paths are relative to: the input folder, or the folder of a single input PDF. */
    public Path inputRoot() {
        return Files.isRegularFile(input) ? input.toAbsolutePath().getParent() : input;
    }

    public Path dataDir() {
        return data != null ? data : output.resolve(".lk-auditor");
    }

    public ExtractionLimits limits() {
        return new ExtractionLimits(maxPages, maxMainMemoryMb * 1024 * 1024, timeout, 20_000, maxContentMb * 1024 * 1024);
    }

    public List<String> passwordList() {
        return passwords.stream().filter(p -> !p.isEmpty()).toList();
    }
}
