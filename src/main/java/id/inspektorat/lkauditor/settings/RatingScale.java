package id.inspektorat.lkauditor.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rating scale as a regulation defines it, loaded from {@code rules/scales/*.yml}: a new
 * regulation is a new file, not a release.
 *
 * @param name       {@code akip}, {@code ikm} or {@code capaian}
 * @param regulation the regulation that defines it, quoted in findings
 * @param grades     from best to worst
 * @param source     the file it was loaded from
 */
public record RatingScale(String name, String regulation, List<Grade> grades, String source) {

    public RatingScale {
        grades = List.copyOf(grades);
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
