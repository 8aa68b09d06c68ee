package id.inspektorat.lkauditor.facts;

import java.util.Locale;

/** OPD names compared the way people write them: "Kec. Sei Balai", "KECAMATAN SEI BALAI", "Sei Balai". */
public final class OpdNameMatcher {

    private OpdNameMatcher() {
    }

    /** Lower case, no prefix "kecamatan"/"kec."/"kantor camat", single spaces. */
    public static String core(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        s = s.replaceAll("\\bkec\\s*\\.\\s*", "kecamatan ").replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        s = s.replaceFirst("^(kantor camat|kecamatan|camat)\\s+", "");
        s = s.replaceFirst("\\s+(kabupaten|kab)\\s+.*$", "");
        return s;
    }

    public static boolean same(String a, String b) {
        return !core(a).isEmpty() && core(a).equals(core(b));
    }
}
