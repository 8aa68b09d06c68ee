package id.inspektorat.lkauditor.report;

import java.util.regex.Pattern;

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

    /** One CSV line: every value made safe, quoted when it holds the separator, a quote or a line break. */
    public static String line(char separator, String... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            String v = safe(values[i]);
            if (v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append("\r\n").toString();
    }
}
