package id.inspektorat.lkauditor.narrative;

import id.inspektorat.lkauditor.narrative.NarrativeText.Figure;

/**
 * What a sentence states about one figure: the figure, whether it is a level or a change, which way,
 * in what unit, for which year and indicator. {@code from} is the level a change to {@code figure}
 * starts from ("dari 80,10 menjadi 82,50", "9.916 orang meningkat menjadi 11.200"), or null.
 * {@code start} is where the claim word starts in the text read. A level claim also says which figure
 * it is ({@code role}), whose ({@code subject}: a peer's name as printed, or empty for the report's
 * own OPD) and with which predikat letter, if one is printed before it ("BB (72,16)").
 */
public record Claim(Kind kind, Direction direction, Figure figure, Unit unit, String word, int start, Figure from,
                    int year, String indicator, Role role, String subject, String grade) {

    /** A claim about a change: no role, subject or grade. */
    public Claim(Kind kind, Direction direction, Figure figure, Unit unit, String word, int start, Figure from, int year,
                 String indicator) {
        this(kind, direction, figure, unit, word, start, from, year, indicator, Role.NONE, "", null);
    }

    /** What the figure is. */
    public enum Kind {
        /** By how much: "naik sebesar 2,5 poin", "selisih 3,06", "penurunan 18 %". */
        CHANGE,
        /** Where it went: "turun menjadi 80,50". */
        LEVEL_REACHED,
        /** What it is: "target awalnya BB (72,16)", "capaian kinerja mencapai 93,53 %", "memperoleh nilai 83,00". */
        LEVEL
    }

    /** Which figure of an indicator a level is. */
    public enum Role { TARGET, REALISASI, CAPAIAN, NONE }

    /** Which way the text says the quantity moved. */
    public enum Direction { UP, DOWN, NONE }

    /** The unit printed after the figure. */
    public enum Unit {
        /** "poin", "point": an absolute difference. */
        POINTS,
        /** "%", "persen": a percentage change or a difference of percentages. */
        PERCENT,
        NONE
    }
}
