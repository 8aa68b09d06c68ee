package id.inspektorat.lkauditor.facts;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/** OPD names compared the way people write them: "Kec. Sei Balai", "KECAMATAN SEI BALAI", "Sei Balai". */
public final class OpdNameMatcher {

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
        s = s.replaceAll("\\bkec\\s*\\.\\s*", "kecamatan ").replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        s = s.replaceFirst("^(kantor camat|kecamatan|camat)\\s+", "");
        s = s.replaceFirst("\\s+(kabupaten|kab)\\s+.*$", "");
        return s;
    }

    public static boolean same(String a, String b) {
        String core = core(a);
        return !core.isEmpty() && core.equals(core(b));
    }
}
