package id.inspektorat.lkauditor.review;

import id.inspektorat.lkauditor.settings.RulesConfigException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The verdicts under {@code rules/verdicts/}: every {@code *.csv} there (sub-folders too) whose
 * header names a {@code fingerprint} and a {@code verdict} column ({@code reviewer}, {@code date},
 * {@code note} are read when present; other columns are ignored, so an exported findings CSV with
 * its verdict column filled in can be dropped there as it is). Rows with an empty verdict are
 * unreviewed and skipped. {@code ;} or {@code ,} separated, with or without BOM. A file that cannot
 * be used stops the start with {@code file:line: reason}. Not part of the rules version: editing
 * verdicts re-audits nothing.
 */
public final class Verdicts {

    public static final String FOLDER = "verdicts";
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));

    private final Map<String, Verdict> byFingerprint;

    private Verdicts(Map<String, Verdict> byFingerprint) {
        this.byFingerprint = Map.copyOf(byFingerprint);
    }

    public static Verdicts none() {
        return new Verdicts(Map.of());
    }

    public Optional<Verdict> of(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    public Collection<Verdict> all() {
        return byFingerprint.values();
    }

    public int size() {
        return byFingerprint.size();
    }

    /** Reads {@code rulesDir/verdicts}; no folder means no verdicts. */
    public static Verdicts load(Path rulesDir) {
        Path dir = rulesDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return none();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> Files.isRegularFile(p) && (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                    || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                    && !p.getFileName().toString().startsWith("~$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Verdict> all = new LinkedHashMap<>();
        for (Path f : files) {
            String name = rulesDir.relativize(f).toString().replace('\\', '/');
            for (Verdict v : name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readWorkbook(f, name) : read(f, name)) {
                Verdict before = all.putIfAbsent(v.fingerprint(), v);
                if (before != null && before.kind() != v.kind()) {
                    throw new RulesConfigException(name, line(v.source()), "sidik " + v.fingerprint() + " bernilai "
                            + v.kind() + " di sini tetapi " + before.kind() + " di " + before.source());
                }
            }
        }
        return new Verdicts(all);
    }

    static List<Verdict> read(Path file, String name) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesConfigException(name, 1, "tidak dapat dibaca: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String head = text.lines().findFirst().orElse("");
        char separator = count(head, ';') >= count(head, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true).get();
        List<Verdict> out = new ArrayList<>();
        long line = 1;
        LineCounter lines = new LineCounter(text);
        try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
            Map<String, Integer> columns = null;
            for (CSVRecord rec : parser) {
                lines.advanceTo(rec.getCharacterPosition());
                long at = lines.line;
                line = parser.getCurrentLineNumber() + 1;
                if (columns == null) {
                    columns = header(rec, name);
                    continue;
                }
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue; // blank line
                }
                Map<String, Integer> cols = columns;
                verdict(c -> field(rec, cols, c), name, (int) at).ifPresent(out::add);
            }
            if (columns == null) {
                throw new RulesConfigException(name, 1, "berkas kosong: harus berkepala fingerprint;verdict;reviewer;date;note");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // an unclosed quote and the like: the line where the bad record starts
            throw new RulesConfigException(name, (int) line, "bukan CSV yang dapat dibaca: " + e.getMessage());
        }
        return out;
    }

    /** The working paper's Indonesian headers for the same columns. */
    private static final Map<String, String> ALIASES = Map.of("sidik", "fingerprint", "verdik", "verdict",
            "pemeriksa", "reviewer", "tanggal", "date", "catatan", "note");

    /** One reviewed row as a verdict; an empty verdict is a row not reviewed yet. */
    private static Optional<Verdict> verdict(Function<String, String> field, String name, int ln) {
        String verdict = field.apply("verdict").toUpperCase(Locale.ROOT);
        String fingerprint = field.apply("fingerprint").toLowerCase(Locale.ROOT);
        if (verdict.isEmpty()) {
            return Optional.empty(); // exported findings not reviewed yet
        }
        Verdict.Kind kind;
        try {
            kind = Verdict.Kind.valueOf(verdict);
        } catch (IllegalArgumentException e) {
            throw new RulesConfigException(name, ln, "verdict '" + verdict + "' harus BENAR atau SALAH");
        }
        if (!Fingerprints.FORMAT.matcher(fingerprint).matches()) {
            throw new RulesConfigException(name, ln, fingerprint.isEmpty() ? "sidik (fingerprint) kosong"
                    : "sidik '" + fingerprint + "' bukan sidik temuan (16 digit heksadesimal)");
        }
        String date = field.apply("date");
        if (!date.isEmpty() && !isDate(date)) {
            throw new RulesConfigException(name, ln, "tanggal '" + date + "' tidak dikenali (pakai 2026-12-01)");
        }
        return Optional.of(new Verdict(fingerprint, kind, field.apply("reviewer"), date, field.apply("note"),
                name + ":" + ln));
    }

    /**
     * The working paper ({@code temuan.xlsx}) with its Verdik column filled in: every sheet whose first
     * row names a Sidik and a Verdik column; the line of a row is its row number in Excel.
     */
    static List<Verdict> readWorkbook(Path file, String name) {
        List<Verdict> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                Row first = sheet.getRow(sheet.getFirstRowNum());
                if (first == null) {
                    continue;
                }
                List<String> head = new ArrayList<>();
                for (int c = 0; c < first.getLastCellNum(); c++) {
                    head.add(first.getCell(c) == null ? "" : format.formatCellValue(first.getCell(c)));
                }
                String where = name + " (" + sheet.getSheetName() + ")";
                Map<String, Integer> columns;
                try {
                    columns = header(head, where);
                } catch (RulesConfigException e) {
                    continue; // the summary sheet and other sheets without verdict columns
                }
                for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    verdict(c -> {
                        Integer i = columns.get(c);
                        Cell cell = i == null ? null : row.getCell(i);
                        String v = cell == null ? "" : format.formatCellValue(cell).trim();
                        return v.startsWith("'") ? v.substring(1) : v;
                    }, where, r + 1).ifPresent(out::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesConfigException rc) {
                throw rc;
            }
            throw new RulesConfigException(name, 1, "bukan buku kerja Excel yang dapat dibaca: " + e.getMessage());
        }
        return out;
    }

    private static Map<String, Integer> header(CSVRecord rec, String name) {
        List<String> cells = new ArrayList<>();
        rec.forEach(cells::add);
        return header(cells, name);
    }

    private static Map<String, Integer> header(List<String> cells, String name) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String key = cells.get(i).trim().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(ALIASES.getOrDefault(key, key), i);
        }
        for (String required : List.of("fingerprint", "verdict")) {
            if (!columns.containsKey(required)) {
                throw new RulesConfigException(name, 1, "kolom '" + required
                        + "' tidak ada: kepala berkas harus fingerprint;verdict;reviewer;date;note (atau Sidik, Verdik, ...)");
            }
        }
        return columns;
    }

    /** A cell as typed, without the apostrophe the auditor's own CSVs put before formula-like text. */
    private static String field(CSVRecord rec, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= rec.size()) {
            return "";
        }
        String v = rec.get(i).trim();
        return v.startsWith("'") ? v.substring(1) : v;
    }

    private static boolean isDate(String s) {
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate.parse(s, f);
                return true;
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return false;
    }

    private static int line(String source) {
        return Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
    }

    /** The 1-based line of a record's first character, counted on as the records come. */
    private static final class LineCounter {
        private final String text;
        private int offset;
        long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        void advanceTo(long to) {
            for (; offset < Math.min(to, text.length()); offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
            // the parser's position of a record that follows blank lines is where the blank lines start
            for (; offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r'); offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
