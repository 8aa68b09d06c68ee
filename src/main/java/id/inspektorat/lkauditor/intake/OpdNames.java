package id.inspektorat.lkauditor.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the OPD's name from the report's title page ("KECAMATAN MEDANG DERAS KABUPATEN BATU BARA TAHUN 2023"). */
public final class OpdNames {

    private static final Pattern OPD = Pattern.compile(
            "(?i)\\b((?:KECAMATAN|DINAS|BADAN|SEKRETARIAT|INSPEKTORAT|SATUAN POLISI|SATPOL|RSUD|RUMAH SAKIT|KELURAHAN|BAGIAN|KANTOR)\\b[\\p{L} ,.&'/-]{2,120}?)"
                    + "(?=\\s+(?:KABUPATEN|KAB\\.|KOTA|PROVINSI|TAHUN|\\d{4})\\b|\\s*$)");

    private OpdNames() {
    }

    /** The first OPD name on the first lines of the document, title-cased. */
    public static Optional<String> fromTitleLines(List<String> lines) {
        for (String line : lines) {
            String l = line.replaceAll("\\s+", " ").trim();
            if (l.length() > 160 || l.toLowerCase(Locale.ROOT).startsWith("kata pengantar")) {
                continue;
            }
            Matcher m = OPD.matcher(l);
            if (m.find() && l.equals(l.toUpperCase(Locale.ROOT))) {
                String name = m.group(1).replaceAll("[ ,.]+$", "").trim();
                if (name.split(" ").length >= 2) {
                    return Optional.of(titleCase(name));
                }
            }
        }
        return Optional.empty();
    }

    /** "kecamatan-medang-deras" → "Kecamatan Medang Deras"; a folder named as written stays so. */
    public static String fromFolder(String folder) {
        return folder.matches("[a-z0-9_-]+") ? titleCase(folder.replaceAll("[-_]+", " ")) : folder;
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
