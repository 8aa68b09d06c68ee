package id.inspektorat.lkauditor.intake;

import id.inspektorat.lkauditor.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of document a PDF is — a night's input holds more than LKs: Renstra, Renja, Perjanjian
 * Kinerja, LHE, quarterly realisation tables. Read from the title of its first page, then from its file name (a cover that is an
 * image has no title), then from pages 2–3; the earliest line that names a kind decides (an LK's
 * foreword quoting "Renstra" comes after its title). LHE is tested before LK: "Laporan Hasil Evaluasi Akuntabilitas Kinerja" names both.
 */
public final class DocumentKinds {

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[_\\-./]+");

    /** A document's kind and where it was read: {@code TITLE_PAGE}, {@code FILE_NAME}, or empty. */
    public record Kind(String kind, String source) {
        public static final Kind OTHER = new Kind("LAIN", "");
    }

    public static final String LK = "LK";
    public static final String RENSTRA = "RENSTRA";
    public static final String RENJA = "RENJA";
    public static final String PK = "PK";
    public static final String LHE = "LHE";
    /** The kind of quarterly realisation tables. */
    public static final String REALISASI_TRIWULAN = "REALISASI_TRIWULAN";

    /** The kinds that are not a Laporan Kinerja: they cite one, they are not one. */
    private static final List<String> NOT_AN_LK = List.of(RENSTRA, RENJA, PK, LHE, REALISASI_TRIWULAN);

    /** Whether a kind is one known not to be an LK; an empty or unknown kind is read as an LK. */
    public static boolean isOtherThanLk(String kind) {
        return NOT_AN_LK.contains(kind);
    }

    private record Cue(String kind, Pattern pattern) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue(LHE, Pattern.compile("\\blaporan hasil evaluasi\\b|\\blhe\\b")),
            new Cue(PK, Pattern.compile("\\bperjanjian kinerja\\b")),
            new Cue(RENSTRA, Pattern.compile("\\brencana strategis\\b|\\brenstra\\b")),
            new Cue(RENJA, Pattern.compile("\\brencana kerja\\b|\\brenja\\b")),
            new Cue(LK, Pattern.compile("\\blaporan (akuntabilitas )?kinerja\\b|\\blkj?ip\\b|\\blakip\\b|\\blakin\\b|\\blkjip\\b")),
            // quarterly realisation tables ("Realisasi Kinerja Pada Triwulan I - IV Tahun 2023"): after LK,
            // whose own title comes first and whose tables may say "realisasi … triwulan"
            new Cue(REALISASI_TRIWULAN, Pattern.compile("\\brealisasi\\b.{0,40}\\b(triwulan|tw)\\b")));


    private DocumentKinds() {
    }

    /**
     * @param firstPage  the text lines of page 1, top down
     * @param nextPages  the lines of pages 2–3
     * @param fileName   the PDF's file name
     */
    public static Kind of(List<String> firstPage, List<String> nextPages, String fileName) {
        String k = first(firstPage);
        if (k != null) {
            return new Kind(k, "TITLE_PAGE");
        }
        // a cover that is an image: the file name before the foreword, which quotes Renstra, PK, …
        String name = NAME_SEPARATORS.matcher(Texts.withoutPdf(fileName)).replaceAll(" ").toLowerCase(Locale.ROOT);
        k = FILE_PK.matcher(name).find() ? "PK" : kind(name);
        if (k != null) {
            return new Kind(k, "FILE_NAME");
        }
        k = first(nextPages);
        return k != null ? new Kind(k, "TITLE_PAGE") : Kind.OTHER;
    }

    /**
     * The kind from the running text and the file name, else from the pages' whole reading, tables
     * included: a title page that is one table ("Realisasi Kinerja Pada Triwulan I - IV Tahun 2023")
     * has no running text. The running text comes first: a table on an LK's cover may quote a Renstra.
     */
    public static Kind of(List<String> firstPage, List<String> nextPages, List<String> firstReading,
                          List<String> nextReading, String fileName) {
        Kind k = of(firstPage, nextPages, fileName);
        return k.equals(Kind.OTHER) ? of(firstReading, nextReading, fileName) : k;
    }

    /** "PK_Kadin.pdf": in a file name PK is the Perjanjian Kinerja. */
    private static final Pattern FILE_PK = Pattern.compile("\\bpk\\b");

    private static String first(List<String> lines) {
        for (String line : lines) {
            String k = kind(line);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    private static String kind(String text) {
        String t = Texts.collapse(text.toLowerCase(Locale.ROOT));
        for (Cue c : CUES) {
            if (c.pattern().matcher(t).find()) {
                return c.kind();
            }
        }
        return null;
    }
}
