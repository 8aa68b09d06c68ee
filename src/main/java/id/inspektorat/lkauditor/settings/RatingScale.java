package id.inspektorat.lkauditor.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rating scale as a regulation defines it, loaded from {@code rules/scales/*.yml}: a new
 * regulation is a new file, not a release. It applies to the reports of the years its regulation
 * covers: an LK for year N is written and evaluated in N + 1, so a regulation in force then is
 * the one the LK is held to.
 *
 * @param name       {@code akip}, {@code ikm} or {@code capaian}
 * @param regulation the regulation that defines it, quoted in findings
 * @param grades     from best to worst
 * @param source     the file it was loaded from
 * @param validFrom  the first report year it applies to ({@code valid-from})
 * @param validTo    the last report year it applies to ({@code valid-to}); 0 while it is in force
 */
public record RatingScale(String name, String regulation, List<Grade> grades, String source, int validFrom, int validTo) {

    public RatingScale {
        grades = List.copyOf(grades);
    }

    /** Whether a report on {@code year} (known, not 0) is held to this scale. */
    public boolean covers(int year) {
        return year >= validFrom && (validTo == 0 || year <= validTo);
    }

    /** Whether two scales rate alike: the same grades with the same names and bounds (regulation and period aside). */
    public boolean ratesLike(RatingScale other) {
        if (other == null || !name.equals(other.name) || grades.size() != other.grades.size()) {
            return false;
        }
        for (int i = 0; i < grades.size(); i++) {
            Grade a = grades.get(i);
            Grade b = other.grades.get(i);
            if (!a.grade().equals(b.grade()) || !a.label().equals(b.label()) || !sameBound(a.lower(), b.lower())
                    || !sameBound(a.upper(), b.upper()) || a.lowerInclusive() != b.lowerInclusive()
                    || a.upperInclusive() != b.upperInclusive()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBound(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** "2017–" or "2015–2020", for messages. */
    public String period() {
        return validFrom + "–" + (validTo == 0 ? "" : Integer.toString(validTo));
    }

    public Optional<Grade> gradeOf(BigDecimal value) {
        return grades.stream().filter(g -> g.contains(value)).findFirst();
    }

    public Optional<Grade> grade(String letterOrLabel) {
        String key = normalize(letterOrLabel);
        if (key.isEmpty() || key.length() > 40) {
            return Optional.empty();
        }
        for (Grade g : grades) {
            if (normalize(g.grade()).equals(key) || normalize(g.label()).equals(key)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** Letters only, lower case ("Sangat Baik" → "sangatbaik"); no regex: this runs for every cell. */
    private static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
