package id.inspektorat.lkauditor.intake;

import id.inspektorat.lkauditor.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of document a PDF is — a night's input holds more than LKs: Renstra, Renja, Perjanjian
 * Kinerja, LHE. Read from the title of its first page, then from its file name (a cover that is an
 * image has no title), then from pages 2–3; the earliest line that names a kind decides (an LK's
 * foreword quoting "Renstra" comes after its title). LHE is tested before LK: "Laporan Hasil Evaluasi Akuntabilitas Kinerja" names both.
 */
public final class DocumentKinds {

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[_\\-./]+");

    /** A document's kind and where it was read: {@code TITLE_PAGE}, {@code FILE_NAME}, or empty. */
    public record Kind(String kind, String source) {
        public static final Kind OTHER = new Kind("LAIN", "");
    }

    private record Cue(String kind, Pattern pattern) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue("LHE", Pattern.compile("\\blaporan hasil evaluasi\\b|\\blhe\\b")),
            new Cue("PK", Pattern.compile("\\bperjanjian kinerja\\b")),
            new Cue("RENSTRA", Pattern.compile("\\brencana strategis\\b|\\brenstra\\b")),
            new Cue("RENJA", Pattern.compile("\\brencana kerja\\b|\\brenja\\b")),
            new Cue("LK", Pattern.compile("\\blaporan (akuntabilitas )?kinerja\\b|\\blkj?ip\\b|\\blakip\\b|\\blakin\\b|\\blkjip\\b")));

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
