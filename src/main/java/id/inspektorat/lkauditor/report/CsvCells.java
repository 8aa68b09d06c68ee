package id.inspektorat.lkauditor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Makes text safe for a CSV that auditors open in a spreadsheet: control characters and broken
 * UTF-8 from PDFs are cleaned, and a text cell that a spreadsheet would run as a formula
 * ({@code = + - @}, tab, CR) is prefixed with an apostrophe as OWASP recommends. Numbers stay numbers.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d.,]*\\s*%?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFD&&[^\\n]]");

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String s = CONTROL.matcher(value.replace('\t', ' ').replace('\r', ' ')).replaceAll("").replace('\n', ' ');
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
        if (risky && !NUMBER.matcher(s).matches()) {
            return "'" + s;
        }
        return s;
    }

    /**
     * One CSV line, CRLF-terminated: every value made safe, quoted when it holds the separator or a quote
     * (line breaks are gone by then). Commons CSV prints the cells, the quotes and the line end; which
     * cells are quoted is decided here, because its minimal quoting also quotes a cell that starts with
     * a space, {@code !} or {@code #}, ends in a space, or is an empty first cell, and the reports' bytes
     * must not change with the library.
     */
    public static String line(char separator, String... values) {
        StringBuilder sb = new StringBuilder();
        try {
            print(sb, separator, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** Appends {@link #line} to {@code out}. */
    public static void print(Appendable out, char separator, String... values) throws IOException {
        Formats f = formats(separator);
        for (int i = 0; i < values.length; i++) {
            String v = safe(values[i]);
            (needsQuotes(v, separator) ? f.quoted : f.plain).print(v, out, i == 0);
        }
        f.quoted.println(out);
    }

    static boolean needsQuotes(String safeValue, char separator) {
        return safeValue.indexOf(separator) >= 0 || safeValue.indexOf('"') >= 0 || safeValue.indexOf('\n') >= 0;
    }

    private record Formats(CSVFormat quoted, CSVFormat plain) {
    }

    private static final Map<Character, Formats> FORMATS = new ConcurrentHashMap<>();

    private static Formats formats(char separator) {
        return FORMATS.computeIfAbsent(separator, s -> {
            CSVFormat base = CSVFormat.DEFAULT.builder().setDelimiter(s).setRecordSeparator("\r\n").get();
            return new Formats(base.builder().setQuoteMode(QuoteMode.ALL).get(),
                    base.builder().setQuote(null).setEscape(null).get());
        });
    }
}
