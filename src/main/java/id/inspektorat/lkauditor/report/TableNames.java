package id.inspektorat.lkauditor.report;

import java.util.regex.Pattern;

/** Table names in reading order: "Tabel 3.9" before "Tabel 3.10". */
final class TableNames {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DIGIT_BOUNDARY = Pattern.compile("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");

    private TableNames() {
    }

    static int compare(String a, String b) {
        String[] x = DIGIT_BOUNDARY.split(a);
        String[] y = DIGIT_BOUNDARY.split(b);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            if (DIGITS.matcher(x[i]).matches() && DIGITS.matcher(y[i]).matches() && x[i].length() < 10 && y[i].length() < 10) {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
