package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.intake.Slugs;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.text.Texts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what the tool read from each table, so an auditor can check it against the PDF:
 * {@code output/<opd>/tables/<document>-p<page>-t<n>.csv} with the table's name, caption, kind and
 * pages first, then the header paths, what each column was read as (its terms from
 * {@code rules/vocabulary.yml}, each with its cue and whether it was read as printed or by joining a
 * word a line wrap broke), and every data row with its number (the {@code row} of the findings) and
 * page, cells as printed.
 */
public final class TableDumpWriter {

    private final char separator;

    public TableDumpWriter(char separator) {
        this.separator = separator;
    }

    /** A document's name in dump file names: its file name without .pdf, as a slug. */
    static String documentSlug(String document) {
        return Slugs.slug(Texts.withoutPdf(Path.of(document).getFileName().toString()));
    }

    /**
     * {@code output/<opd>/<kind>/}, created, with last night's dump of this document ({@code <doc>-p*.<ext>})
     * removed: a dump shows this reading only.
     */
    static Path dumpFolder(Path output, String opd, String kind, String document, String ext) throws IOException {
        Path dir = output.resolve(Slugs.slug(opd)).resolve(kind);
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, documentSlug(document) + "-p*." + ext)) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        return dir;
    }

    public List<Path> write(Path output, String opd, String document, List<Table> tables) throws IOException {
        Path dir = dumpFolder(output, opd, "tables", document, "csv");
        String doc = documentSlug(document);
        List<Path> written = new ArrayList<>();
        int n = 0;
        for (Table t : tables) {
            n++;
            Path file = dir.resolve(doc + "-p" + t.page() + "-t" + n + ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                w.write(CsvCells.line(separator, "tabel", t.name()));
                w.write(CsvCells.line(separator, "judul", t.caption()));
                w.write(CsvCells.line(separator, "jenis", t.kind().name()));
                w.write(CsvCells.line(separator, "halaman", t.page() == t.lastPage() ? Integer.toString(t.page())
                        : t.page() + "-" + t.lastPage()));
                if (!t.formula().isEmpty()) {
                    w.write(CsvCells.line(separator, "rumus", t.formula()));
                }
                w.write(CsvCells.line(separator));
                List<String> header = new ArrayList<>(List.of("baris", "hlm", "jenis baris"));
                t.columns().stream().map(Column::label).forEach(header::add);
                w.write(CsvCells.line(separator, header.toArray(String[]::new)));
                // what each column was read as: its terms, each with the word that named it and how sure
                List<String> reading = new ArrayList<>(List.of("", "", "arti kolom"));
                t.columns().stream().map(Column::reading).forEach(reading::add);
                w.write(CsvCells.line(separator, reading.toArray(String[]::new)));
                for (Row r : t.rows()) {
                    List<String> cells = new ArrayList<>(List.of(Integer.toString(r.number()), Integer.toString(r.page()),
                            r.total() ? "jumlah" : r.bold() ? "tebal" : r.indentLevel() > 0 ? "tingkat " + r.indentLevel() + " (menjorok)" : ""));
                    for (Column c : t.columns()) {
                        CellValue v = r.get(c.index());
                        cells.add(v.printed());
                    }
                    w.write(CsvCells.line(separator, cells.toArray(String[]::new)));
                }
            }
            written.add(file);
        }
        return written;
    }
}
