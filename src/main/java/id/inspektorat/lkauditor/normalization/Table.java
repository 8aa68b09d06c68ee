package id.inspektorat.lkauditor.normalization;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A normalized table: typed cells under flattened column headers.
 *
 * @param name     how an auditor names it: the caption's number ({@code Tabel 3.2}) or its position ({@code tabel ke-5, hlm 12})
 * @param caption  the full caption, or empty
 * @param kind     what the table reports
 * @param page     first page
 * @param columns  header model
 * @param rows     data rows (header and numbering rows removed)
 * @param formula  the formula printed in the numbering row ({@code 9=(7)/(8)*100}), or empty
 * @param mayContinue rows of it may follow on a page it was not joined with (see {@code ExtractedTable})
 * @param repeatedHeaders where the header is printed again on a continuation page, by page
 * @param topics   the terms its caption names, with their cues
 */
public record Table(String name, String caption, TableKind kind, int page, int lastPage, List<Column> columns,
                   List<Row> rows, String formula, Map<Integer, Box> regions,
                   boolean mayContinue, Map<Integer, Box> repeatedHeaders,
                   Map<Term, String> topics) {

    public Table {
        topics = topics == null || topics.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(topics));
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        repeatedHeaders = repeatedHeaders == null ? Map.of() : Map.copyOf(repeatedHeaders);
    }

    public Table(String name, String caption, TableKind kind, int page, int lastPage, List<Column> columns, List<Row> rows,
                 String formula, Map<Integer, Box> regions, boolean mayContinue) {
        this(name, caption, kind, page, lastPage, columns, rows, formula, regions, mayContinue, null, null);
    }

    public Table(String name, String caption, TableKind kind, int page, int lastPage, List<Column> columns, List<Row> rows,
                 String formula, Map<Integer, Box> regions) {
        this(name, caption, kind, page, lastPage, columns, rows, formula, regions, false);
    }

    public Table(String name, String caption, TableKind kind, int page, int lastPage, List<Column> columns, List<Row> rows,
                 String formula) {
        this(name, caption, kind, page, lastPage, columns, rows, formula, null);
    }

    public Optional<Column> column(Predicate<Column> test) {
        return columns.stream().filter(test).findFirst();
    }

    public List<Row> dataRows() {
        return rows.stream().filter(r -> !r.total()).toList();
    }

    public Table withKind(TableKind k) {
        return new Table(name, caption, k, page, lastPage, columns, rows, formula, regions, mayContinue, repeatedHeaders, topics);
    }

    /** The caption names the term. */
    public boolean captionHas(Term term) {
        return topics.containsKey(term);
    }

    /** The word the caption named the term with, or empty. */
    public String captionCue(Term term) {
        return topics.getOrDefault(term, "");
    }

    /** The caption or any column's header names the term: what the table is about. */
    public boolean about(Term term) {
        return topics.containsKey(term) || columns.stream().anyMatch(c -> c.has(term));
    }
}
