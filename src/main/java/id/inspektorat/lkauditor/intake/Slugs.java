package id.inspektorat.lkauditor.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File-system-safe names from OPD names and document names. Only {@code [a-z0-9-]} survive, so a
 * name taken from a PDF or a folder can never point outside {@code output/}.
 */
public final class Slugs {

    private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern NOT_SLUG_CHARS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() {
    }

    public static String slug(String name) {
        String bare = COMBINING_MARK.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("");
        String hyphened = NOT_SLUG_CHARS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("-");
        String s = EDGE_HYPHENS.matcher(hyphened).replaceAll("");
        if (s.length() > 80) {
            s = TRAILING_HYPHENS.matcher(s.substring(0, 80)).replaceAll("");
        }
        return s.isEmpty() ? "opd-tanpa-nama" : s;
    }
}
