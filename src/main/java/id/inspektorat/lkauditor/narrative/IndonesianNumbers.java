package id.inspektorat.lkauditor.narrative;

import id.inspektorat.lkauditor.text.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Indonesian number words ("Seratus Delapan Puluh Tujuh", "delapan belas", "tiga ribu") to numbers. */
public final class IndonesianNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("nol", 0), Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
            Map.entry("sembilan", 9));

    private IndonesianNumbers() {
    }

    /** The number the words say, or empty when they are not (only) number words. */
    public static OptionalLong parse(String words) {
        String[] tokens = Texts.WHITESPACE.split(words.toLowerCase(Locale.ROOT).replace("-", " ").trim());
        long total = 0; // thousands and above, already scaled
        long group = 0; // below a thousand
        long unit = 0;  // the last digit word, waiting for puluh/belas/ratus
        boolean any = false;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            any = true;
            switch (t) {
                case "sepuluh" -> group += 10;
                case "sebelas" -> group += 11;
                case "seratus" -> group += 100;
                case "seribu" -> total += 1000;
                case "belas" -> {
                    group += 10 + unit;
                    unit = 0;
                }
                case "puluh" -> {
                    group += (unit == 0 ? 1 : unit) * 10;
                    unit = 0;
                }
                case "ratus" -> {
                    group += (unit == 0 ? 1 : unit) * 100;
                    unit = 0;
                }
                case "ribu", "juta", "miliar", "milyar" -> {
                    long scale = t.equals("ribu") ? 1_000L : t.equals("juta") ? 1_000_000L : 1_000_000_000L;
                    long n = group + unit;
                    total += (n == 0 ? 1 : n) * scale;
                    group = 0;
                    unit = 0;
                }
                default -> {
                    Integer u = UNITS.get(t);
                    if (u == null) {
                        return OptionalLong.empty();
                    }
                    unit = u;
                }
            }
        }
        return any ? OptionalLong.of(total + group + unit) : OptionalLong.empty();
    }
}
