package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.crosscheck.BatchRule;
import id.inspektorat.lkauditor.crosscheck.ReportFacts;
import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.facts.FactExtractor;
import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.settings.ReferenceData;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The helper every rule's test class uses: build a table ({@link #table}, the rows as extraction
 * hands them over), a document of tables and running text ({@link #document}, {@link #text}), run a
 * rule on it ({@link #run}), and assert the one finding at its cell or no finding at all.
 *
 * <p>Tables built here lie on page 1; a finding's {@code row} counts data rows from 1 (header rows
 * not counted) and its {@code column} is the header path joined by " › ".
 */
public final class RuleTestSupport {

    /** The repository's bundled scales and vocabulary. */
    public static final RulesSettings SETTINGS = RulesSettings.defaults();
    /** Reads a document's facts with {@link #SETTINGS}' vocabulary, as a run does with its own. */
    public static final FactExtractor FACTS = new FactExtractor(SETTINGS.vocabulary());
    /** The OPD and year of the documents built here, unless given. */
    public static final String OPD = "Kecamatan Uji";
    public static final int YEAR = 2023;

    private RuleTestSupport() {
    }

    // --- building what a rule reads --------------------------------------------------------------

    /** A table under its caption, each {@code row} a row of cell texts ("text{n}" spans n columns). */
    public static Tables table(String caption) {
        return Tables.caption(caption);
    }

    /** A document of the tables and no text, of {@link #OPD} for {@link #YEAR}. */
    public static DocumentUnderAudit document(Table... tables) {
        return document(OPD, YEAR, List.of(tables));
    }

    /** A document of the tables and no text, of {@link #OPD} for {@code year} (0: the year is unknown). */
    public static DocumentUnderAudit document(int year, Table... tables) {
        return document(OPD, year, List.of(tables));
    }

    /**
     * The repository's settings with the rating scales of a {@code rules/scales} folder written to
     * {@code dir}: each of {@code files} is one scale file's YAML, saved as {@code scale-<n>.yml}.
     * A scale name the files do not define keeps the bundled scales.
     */
    public static RulesSettings scales(Path dir, String... files) {
        try {
            Files.createDirectories(dir.resolve("scales"));
            for (int i = 0; i < files.length; i++) {
                Files.writeString(dir.resolve("scales/scale-" + (i + 1) + ".yml"), files[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RulesSettings.load(dir);
    }

    /** A document of the tables and the lines of running text on page 1, one line 12 points below the other. */
    public static DocumentUnderAudit document(List<Table> tables, String... lines) {
        List<TextLine> l = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            l.add(new TextLine(lines[i], i * 12f, false));
        }
        return document(tables, new PageText(1, true, l));
    }

    /** A document of the tables and the pages of text. */
    public static DocumentUnderAudit document(List<Table> tables, PageText... pages) {
        return document(OPD, YEAR, tables, pages);
    }

    /** A document of another OPD or year; its page count is the last page given (at least 1). */
    public static DocumentUnderAudit document(String opd, int year, List<Table> tables, PageText... pages) {
        int last = 1;
        for (PageText p : pages) {
            last = Math.max(last, p.page());
        }
        return new DocumentUnderAudit("d.pdf", last, tables, List.of(pages), opd, year, FACTS);
    }

    /** A document of running text only. */
    public static DocumentUnderAudit text(String... lines) {
        return document(List.of(), lines);
    }

    /** One page of one line of text. */
    public static PageText page(int number, String line) {
        return page(number, new TextLine(line, 100f, false));
    }

    /** One page of the given lines, as laid out. */
    public static PageText page(int number, TextLine... lines) {
        return new PageText(number, true, List.of(lines));
    }

    /** An official AKIP score of the Inspektorat's LHE recap. */
    public static ReferenceData.AkipScore lhe(int year, String opd, String score, String predikat) {
        return new ReferenceData.AkipScore(year, "Kabupaten Contoh", opd, new BigDecimal(score), predikat, "LHE", "lhe.csv", 2);
    }

    public static ReferenceData reference(ReferenceData.AkipScore... scores) {
        return new ReferenceData(List.of(scores));
    }

    /** A fact as the history keeps it: {@code subject} empty for the report's own figure, else the peer it quotes. */
    public static StoredFact fact(Quantity quantity, String subject, int year, String printed, String table, int page, int row,
                                  String column) {
        return new StoredFact(quantity, "", subject, year, printed, table, page, row, column, "");
    }

    /** One audited report's facts, {@code inBatch} when from tonight's run. */
    public static ReportFacts report(String path, String opd, int year, boolean inBatch, StoredFact... facts) {
        return new ReportFacts(path, opd, year, List.of(facts), inBatch);
    }

    // --- running a rule --------------------------------------------------------------------------

    public static List<Finding> run(TableRule rule, Table table) {
        return rule.check(table);
    }

    public static List<Finding> run(AuditRule rule, DocumentUnderAudit document) {
        return rule.check(document);
    }

    /** A batch rule's findings about one of tonight's documents. */
    public static List<Finding> run(BatchRule rule, String path, ReportFacts... reports) {
        Map<String, List<Finding>> all = rule.check(List.of(reports));
        return all.getOrDefault(path, List.of());
    }

    // --- asserting -------------------------------------------------------------------------------

    /**
     * Exactly one finding, of {@code rule}, on {@code page} at {@code row} / {@code column}, printed
     * {@code reported} and recomputed {@code expected}; returned for what a test checks besides.
     */
    public static Finding assertOneFinding(List<Finding> findings, String rule, int page, int row, String column,
                                           String reported, String expected) {
        assertThat(findings).as("findings").hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).as("rule").isEqualTo(rule);
        assertThat(f.page()).as("page").isEqualTo(page);
        assertThat(f.row()).as("row").isEqualTo(row);
        assertThat(f.column()).as("column").isEqualTo(column);
        assertThat(f.reported()).as("reported").isEqualTo(reported);
        assertThat(f.expected()).as("expected").isEqualTo(expected);
        return f;
    }

    /** The same, for a table built here (page 1). */
    public static Finding assertOneFinding(List<Finding> findings, String rule, int row, String column, String reported,
                                           String expected) {
        return assertOneFinding(findings, rule, 1, row, column, reported, expected);
    }

    public static void assertNoFinding(List<Finding> findings) {
        assertThat(findings).as("findings").isEmpty();
    }
}
