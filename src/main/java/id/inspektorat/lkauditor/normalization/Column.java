package id.inspektorat.lkauditor.normalization;

import java.util.List;
import java.util.Locale;

/**
 * A column with its header path: merged header cells flattened top-down
 * ({@code Realisasi › 2023}, {@code Target › Rp.}).
 *
 * @param index  0-based position
 * @param path   header texts from the top header row down, merged cells repeated over the columns they cover
 * @param number the label of the column in the numbering row ({@code 7} for {@code (7)}), or empty
 */
public record Column(int index, List<String> path, String number) {

    public Column {
        path = List.copyOf(path);
    }

    public String label() {
        return path.isEmpty() ? "kolom " + (index + 1) : String.join(" › ", path);
    }

    public String leaf() {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The header path in lower case, for keyword tests. */
    public String lower() {
        return String.join(" ", path).toLowerCase(Locale.ROOT);
    }

    /** A year named in the header path (history tables: {@code Target › 2023}), or 0. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b");

    public int year() {
        for (int i = path.size() - 1; i >= 0; i--) {
            java.util.regex.Matcher m = YEAR.matcher(path.get(i));
            int found = 0;
            while (m.find()) {
                found = Integer.parseInt(m.group());
            }
            if (found > 0) {
                return found;
            }
        }
        return 0;
    }
}
