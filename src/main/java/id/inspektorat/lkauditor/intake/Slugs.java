package id.inspektorat.lkauditor.intake;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File-system-safe names from OPD names and document names. Only {@code [a-z0-9-]} survive, so a
 * name taken from a PDF or a folder can never point outside {@code output/}.
 */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "opd-tanpa-nama" : s;
    }
}
