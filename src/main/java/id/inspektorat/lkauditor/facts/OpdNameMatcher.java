package id.inspektorat.lkauditor.facts;

import id.inspektorat.lkauditor.text.Texts;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** OPD names compared the way people write them: "Kec. Sei Balai", "KECAMATAN SEI BALAI", "Sei Balai". */
public final class OpdNameMatcher {

    private static final Pattern KECAMATAN_PREFIX = Pattern.compile("^(kantor camat|kecamatan|camat)\\s+");
    private static final Pattern KEC_ABBREVIATION = Pattern.compile("\\bkec\\s*\\.\\s*");
    private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern REGENCY_SUFFIX = Pattern.compile("\\s+(kabupaten|kab)\\s+.*$");

    private OpdNameMatcher() {
    }

    /** The few dozen names of a night are compared over and over: their cores are kept. */
    private static final ConcurrentHashMap<String, String> CORES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 10_000;

    /** Lower case, no prefix "kecamatan"/"kec."/"kantor camat", single spaces. */
    public static String core(String name) {
        if (name == null) {
            return "";
        }
        String cached = CORES.get(name);
        if (cached != null) {
            return cached;
        }
        String core = computeCore(name);
        if (CORES.size() < MAX_CACHED) {
            CORES.put(name, core);
        }
        return core;
    }

    private static String computeCore(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        s = Texts.collapse(NOT_WORD_CHAR.matcher(KEC_ABBREVIATION.matcher(s).replaceAll("kecamatan ")).replaceAll(" ")).trim();
        s = KECAMATAN_PREFIX.matcher(s).replaceFirst("");
        s = REGENCY_SUFFIX.matcher(s).replaceFirst("");
        return s;
    }

    public static boolean same(String a, String b) {
        String core = core(a);
        return !core.isEmpty() && core.equals(core(b));
    }
}
