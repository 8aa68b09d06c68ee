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
        return grades.stream().filter(g -> normalize(g.grade()).equals(key) || normalize(g.label()).equals(key)).findFirst();
    }

    private static String normalize(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
