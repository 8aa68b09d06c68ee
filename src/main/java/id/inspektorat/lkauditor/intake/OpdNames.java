package id.inspektorat.lkauditor.intake;

import id.inspektorat.lkauditor.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the OPD's name from the report's title page ("KECAMATAN MEDANG DERAS KABUPATEN BATU BARA TAHUN 2023"). */
public final class OpdNames {

    private static final Pattern HYPHENS = Pattern.compile("[-_]+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[ ,.]+$");

    private static final Pattern OPD = Pattern.compile(
            "(?i)\\b((?:KECAMATAN|DINAS|BADAN|BALAI|SEKRETARIAT|INSPEKTORAT|SATUAN POLISI|SATPOL|RSUD|RUMAH SAKIT|KELURAHAN|BAGIAN|KANTOR)\\b[\\p{L} ,.&'/-]{2,120}?)"
                    + "(?=\\s+(?:KABUPATEN|KAB\\.|KOTA|PROVINSI|TAHUN|\\d{4})\\b|\\s*$)");

    private OpdNames() {
    }

    /** A line that goes on with a name broken over two title lines: no region, year, report word or address. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)\\d|\\b(?:LAPORAN|KINERJA|RENCANA|STRATEGIS|PERJANJIAN|TAHUN|KABUPATEN|KAB|KOTA|PROVINSI|PEMERINTAH|JL|JALAN|TELP|TELEPON|FAX|EMAIL)\\b");

    /** A title in title case: every word capitalised but the connectors ("Dinas Kebersihan dan Pertamanan Kabupaten Cianjur"). */
    private static final Pattern TITLE_CASE = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}.'-]*|dan|&|-)\\s*){2,12}");

    /**
     * The OPD on the title pages: an upper-case title line on pages 1–3 first; else a short line in
     * title case on page 1 (a cover not set in capitals) — never prose, which names other OPDs too.
     */
    public static Optional<String> fromTitle(List<String> firstPage, List<String> nextPages) {
        return named(firstPage, nextPages).map(name -> withOffice(name, firstPage));
    }

    /** "Perwakilan Provinsi Riau": a branch office of a national body is part of its name (two BPK offices are two OPDs). */
    private static final Pattern OFFICE = Pattern.compile(
            "(?i)\\bperwakilan\\s+((?:provinsi|kabupaten|kota)\\s+\\p{L}+(?:\\s+(?!tahun\\b|nomor\\b)\\p{L}+){0,2})");

    private static String withOffice(String name, List<String> firstPage) {
        if (name.toLowerCase(Locale.ROOT).contains("perwakilan")) {
            return name;
        }
        for (String line : firstPage) {
            Matcher m = OFFICE.matcher(Texts.collapse(line));
            if (m.find()) {
                return name + " Perwakilan " + titleCase(m.group(1));
            }
        }
        return name;
    }

    private static Optional<String> named(List<String> firstPage, List<String> nextPages) {
        List<String> all = new ArrayList<>(firstPage);
        all.addAll(nextPages);
        Optional<String> upper = fromTitleLines(all);
        if (upper.isPresent()) {
            return upper;
        }
        for (String line : firstPage) {
            String l = Texts.collapse(line).trim();
            if (!TITLE_CASE.matcher(l).matches()) {
                continue;
            }
            Matcher m = OPD.matcher(l);
            if (m.find() && m.start(1) == 0) {
                Optional<String> name = name(m);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** The first OPD name on the first lines of the document, title-cased. */
    public static Optional<String> fromTitleLines(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = withContinuation(lines, i);
            if (l.length() > 160 || l.toLowerCase(Locale.ROOT).startsWith("kata pengantar")) {
                continue;
            }
            Optional<String> region = l.equals("INSPEKTORAT") ? region(lines, i + 1) : Optional.empty();
            if (region.isPresent()) {
                return Optional.of(titleCase(l + " " + region.get())); // an Inspektorat is named by its region alone
            }
            Matcher m = OPD.matcher(l);
            if (m.find() && l.equals(l.toUpperCase(Locale.ROOT))) {
                Optional<String> name = name(m);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** The matched name, title-cased, when it is more than its head word ("Dinas" alone names no OPD). */
    private static Optional<String> name(Matcher m) {
        String name = TRAILING_PUNCTUATION.matcher(m.group(1)).replaceAll("").trim();
        return name.split(" ").length >= 2 ? Optional.of(titleCase(name)) : Optional.empty();
    }

    private static final Pattern REGION = Pattern.compile("(?i)(?:KABUPATEN|KAB\\.|KOTA|PROVINSI)(?:\\s+\\p{L}+){1,3}");

    /** "KABUPATEN JOMBANG", or "KABUPATEN" / "JOMBANG" over two lines, from line {@code from} on. */
    private static Optional<String> region(List<String> lines, int from) {
        StringBuilder r = new StringBuilder();
        for (int k = from; k < Math.min(lines.size(), from + 2); k++) {
            String l = Texts.collapse(lines.get(k)).trim();
            if (l.isEmpty() || !l.equals(l.toUpperCase(Locale.ROOT))) {
                break;
            }
            r.append(r.length() > 0 ? " " : "").append(l);
            if (REGION.matcher(r).matches()) {
                return Optional.of(r.toString());
            }
        }
        return Optional.empty();
    }

    /**
     * The line, with the next one when a name runs on to it ("DINAS PEKERJAAN" / "UMUM DAN PENATAAN
     * RUANG" / "KABUPATEN BLORA"): a short upper-case line that names no region, year or report.
     */
    private static String withContinuation(List<String> lines, int i) {
        String l = Texts.collapse(lines.get(i)).trim();
        if (i + 1 < lines.size() && !l.isEmpty() && l.equals(l.toUpperCase(Locale.ROOT))) {
            String next = Texts.collapse(lines.get(i + 1)).trim();
            if (!next.isEmpty() && next.equals(next.toUpperCase(Locale.ROOT)) && next.split(" ").length <= 6
                    && next.chars().anyMatch(Character::isLetter) && !NOT_A_NAME.matcher(next).find()) {
                Matcher m = OPD.matcher(l);
                if (m.find() && m.end(1) >= TRAILING_PUNCTUATION.matcher(l).replaceAll("").length()) {
                    return l + " " + next;
                }
            }
        }
        return l;
    }

    /** A capitalised word that names no region and starts no clause: a word of an OPD's name in prose. */
    private static final String NAME_WORD = "(?:dan|&|(?!(?:Kabupaten|Kota|Provinsi)\\b)\\p{Lu}[\\p{L}'’-]*)";
    /** Words after a region that are the sentence going on, not the region's name ("Kabupaten Jombang Tahun 2022"). */
    private static final String GOES_ON = "(?:Tahun|Nomor|Pada|Dalam|Yang|Dan|Untuk|Sebagai|Dengan|Telah|Merupakan|Ini|Tersebut"
            + "|Periode|Sesuai|Serta|Di|Ke|Dari|Tabel|Gambar|Bab|Adalah|Menyusun|Melalui|Atas|Oleh)\\b";
    /** An OPD named with its region in running text: "… Inspektorat Kabupaten Jombang menyusun laporan …". */
    private static final Pattern MENTION = Pattern.compile("\\b((?:Kecamatan|Dinas|Badan|Balai|Sekretariat|Inspektorat|Satuan Polisi"
            + "|Satpol|RSUD|Rumah Sakit|Kelurahan|Bagian|Kantor)(?:\\s+" + NAME_WORD + "){0,8}?)\\s+(Kabupaten|Kota|Provinsi)\\s+"
            + "((?!" + GOES_ON + ")\\p{Lu}\\p{L}+(?:\\s+(?!" + GOES_ON + ")\\p{Lu}\\p{L}+){0,2})");

    /**
     * The OPD the opening pages' text speaks for, when the title page names none (a cover that is an
     * image): the OPD named with its region most often in that text ("Laporan Kinerja Inspektorat
     * Kabupaten Jombang …", in the foreword and the summary), at least twice and at least twice as often
     * as any other OPD named there; otherwise none. Every page's lines are joined first, so a name
     * broken over two lines still counts.
     */
    public static Optional<String> fromText(List<List<String>> pages) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> page : pages) {
            Matcher m = MENTION.matcher(Texts.collapse(String.join(" ", page)));
            while (m.find()) {
                counts.merge(titleCase(m.group(1) + " " + m.group(2) + " " + m.group(3)), 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top >= 2 * second ? Optional.of(best) : Optional.empty();
    }

    /** The OPD a document belongs to: its folder ({@code input/<opd>/}), else the name its pages give, else none. */
    public static Optional<String> of(String folder, String named) {
        return folder != null ? Optional.of(fromFolder(folder)) : Optional.ofNullable(named);
    }

    /** "kecamatan-medang-deras" → "Kecamatan Medang Deras"; a folder named as written stays so. */
    public static String fromFolder(String folder) {
        return SLUG.matcher(folder).matches() ? titleCase(HYPHENS.matcher(folder).replaceAll(" ")) : folder;
    }

    public static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
