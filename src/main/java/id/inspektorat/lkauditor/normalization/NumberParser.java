package id.inspektorat.lkauditor.normalization;

import id.inspektorat.lkauditor.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed cell the way an Indonesian report writes numbers (spec §6): {@code .} groups
 * thousands, {@code ,} is the decimal mark; {@code Rp}/{@code RP}/{@code Rp.} prefixes, {@code ,-}
 * and {@code ,00} suffixes, {@code %}, predikat letters beside scores, units in the cell. A figure
 * that follows no format becomes {@link ValueKind#MALFORMED}: it is reported, never guessed.
 * Stateless and thread-safe.
 */
public final class NumberParser {

    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?[1-9]\\d{0,2},\\d{3}");

    private static final String GRADE = "(AA|A|BB|B|CC|C|D)";
    private static final Pattern GRADE_ONLY = Pattern.compile(GRADE);
    /** "A (83)", and "Nilai A (83)" / "Predikat BB (75,00)": the word before the letter names it, it is no unit. */
    private static final Pattern GRADE_THEN_SCORE = Pattern.compile("(?:NILAI|PREDIKAT)?" + GRADE + "\\s*\\(\\s*([0-9.,]+)\\s*\\)");
    private static final Pattern SCORE_THEN_GRADE = Pattern.compile("([0-9.,]+)\\s*\\(\\s*" + GRADE + "\\s*\\)");
    private static final Pattern DASH = Pattern.compile("[-–—]+|n/?a|N/?A|N/a");
    private static final Pattern DASH_WITH_UNIT = Pattern.compile("[-–—]+\\s*\\p{L}[\\p{L}.]*");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}\\.");
    private static final Pattern CURRENCY = Pattern.compile("^(?i:rp\\.?|idr)\\s*");
    private static final Pattern CURRENCY_TOKEN = Pattern.compile("(?i)rp\\.?|idr");
    /** Indonesian: 4.922.354.214 or 3.149.250.062,00 */
    private static final Pattern ID_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    /** Plain, comma decimal: 96,64 or 100 */
    private static final Pattern ID_PLAIN = Pattern.compile("-?\\d+(,\\d+)?");
    /** Dot decimal, which Indonesian grouping cannot mean: 100.27 or 3.220156 */
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d+\\.(\\d{1,2}|\\d{4,})");
    /** English grouping with at least two groups or a dot decimal after the group: 1,234,567 or 1,234.5 */
    private static final Pattern EN_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3}){2,}(\\.\\d+)?|-?\\d{1,3},\\d{3}\\.\\d+");
    private static final Pattern NUMBERISH = Pattern.compile("-?[0-9][0-9.,]*-?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,3}(,\\d+)?");

    /** A token that is a whole figure by itself: grouped right, or three digits at most. */
    private static boolean grouped(String token) {
        return ID_GROUPED.matcher(token).matches() || EN_GROUPED.matcher(token).matches() || PLAIN.matcher(token).matches();
    }
    /**
     * Outline and account codes, list numbers: 5.7.2.3. / 01.2.05 / 3.2. / "2. 02" (wrapped) / "7 01 02 2.02"
     * (program codes with a zero-led segment) — text, never a figure.
     */
    private static final Pattern OUTLINE_CODE = Pattern.compile("\\d{1,2}(\\.\\s?\\d{1,2}){2,}\\.?|\\d{1,2}(\\.\\s?\\d{1,2})+\\."
            + "|\\d{1,2}\\.\\s\\d{1,2}");
    /** A segment led by a zero ("01"): no amount is written so, a code is ("7 01 02 2.02"). */
    private static final Pattern ZERO_LED = Pattern.compile("0\\d+");
    private static final Pattern UNIT_WORDS = Pattern.compile("\\p{L}[\\p{L}.²/]*(\\s+\\p{L}[\\p{L}.²/]*)*");

    public CellValue parse(String raw) {
        String text = clean(raw);
        if (text.isEmpty()) {
            return CellValue.empty();
        }
        if (DASH.matcher(text).matches() || DASH_WITH_UNIT.matcher(text).matches()) {
            return CellValue.dash(text);
        }
        if (ROW_NUMBER.matcher(text).matches()) {
            return CellValue.text(text); // "1." numbers a row, it is not a figure
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(" ", "");
        if (GRADE_ONLY.matcher(upper).matches()) {
            return CellValue.grade(text, upper);
        }
        Matcher m = GRADE_THEN_SCORE.matcher(upper);
        if (m.matches()) {
            return withGrade(parseFigure(text, m.group(2)), m.group(1));
        }
        m = SCORE_THEN_GRADE.matcher(upper);
        if (m.matches()) {
            return withGrade(parseFigure(text, m.group(1)), m.group(2));
        }
        return parseFigure(text, text);
    }

    private static CellValue withGrade(CellValue v, String grade) {
        if (v.kind() != ValueKind.NUMBER) {
            return v;
        }
        return new CellValue(v.kind(), v.printed(), v.number(), v.decimals(), v.percent(), grade, v.unit(),
                v.alternative(), v.amounts(), v.problem());
    }

    /** @param printed the whole cell, kept as printed; @param body the part holding the figure */
    private CellValue parseFigure(String printed, String body) {
        String s = CURRENCY.matcher(body.trim()).replaceFirst("");
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.endsWith(",-") || s.endsWith(".-")) {
            s = s.substring(0, s.length() - 2).trim();
        }
        String unit = null;
        // unit words before or after the figure: "Keluarga 40.000.000", "36,6 Ha"
        int firstDigit = firstDigit(s);
        String prefix = firstDigit > 0 ? s.substring(0, firstDigit).trim() : "";
        if (firstDigit > 0 && (prefix.length() > 20 || prefix.split(" ").length > 2)) {
            return CellValue.text(printed); // a sentence that mentions a figure, not a figure
        }
        if (firstDigit > 0 && UNIT_WORDS.matcher(prefix).matches()) {
            unit = s.substring(0, firstDigit).trim();
            s = s.substring(firstDigit).trim();
        } else if (firstDigit < 0) {
            return CellValue.text(printed);
        }
        int lastDigit = lastDigit(s);
        if (lastDigit >= 0 && lastDigit < s.length() - 1) {
            String tail = s.substring(lastDigit + 1).trim();
            if (tail.equals("%")) {
                percent = true;
                s = s.substring(0, lastDigit + 1);
            } else if (tail.endsWith(",-")) {
                s = s.substring(0, lastDigit + 1);
            } else if (UNIT_WORDS.matcher(tail).matches() && unit == null && tail.length() <= 20
                    && tail.split(" ").length <= 2) {
                unit = tail;
                s = s.substring(0, lastDigit + 1).trim();
            }
        }
        if (OUTLINE_CODE.matcher(s).matches()) {
            return CellValue.text(printed);
        }
        if (s.contains(" ")) {
            // two amounts in one cell keep their own "Rp." and ",-": "6.790.448.610,- Rp. 14.835.738.968,-"
            String[] parts = Arrays.stream(Texts.WHITESPACE.split(s))
                    .filter(p -> !CURRENCY_TOKEN.matcher(p).matches())
                    .map(p -> p.endsWith(",-") || p.endsWith(".-") ? p.substring(0, p.length() - 2) : p)
                    .toArray(String[]::new);
            String joined = String.join("", parts);
            boolean joinsToOne = ID_GROUPED.matcher(joined).matches() || EN_GROUPED.matcher(joined).matches();
            if (joinsToOne && parts.length == 2 && (parts[1].length() <= 2 || !grouped(parts[0]))) {
                // a figure wrapped inside a narrow cell ("375.286.00 0", "5.099. 119"): no amount ends in a
                // broken group, and none is two digits after a full one (printed as on the page)
                return parseToken(printed, joined, percent, unit);
            }
            for (String part : parts) {
                if (!NUMBERISH.matcher(part).matches() || ZERO_LED.matcher(part).matches()) {
                    return CellValue.text(printed); // "1. Jumlah penduduk": words after a list number; "7 01 02": a code
                }
            }
            List<BigDecimal> amounts = new ArrayList<>();
            for (String part : parts) {
                CellValue one = parseToken(printed, part, false, null);
                if (one.kind() != ValueKind.NUMBER) {
                    // a figure wrapped inside a narrow cell ("5.099. 119"): one figure when joined
                    return joinsToOne ? parseToken(printed, joined, percent, unit) : one;
                }
                amounts.add(one.number());
            }
            return CellValue.multi(printed, amounts);
        }
        if (!NUMBERISH.matcher(s).matches()) {
            return CellValue.text(printed);
        }
        return parseToken(printed, s, percent, unit);
    }

    private static CellValue parseToken(String printed, String s, boolean percent, String unit) {
        if (ID_GROUPED.matcher(s).matches()) {
            return number(printed, s.replace(".", "").replace(',', '.'), percent, unit, null, null);
        }
        if (ID_PLAIN.matcher(s).matches()) {
            BigDecimal alternative = null;
            String note = null;
            if (COMMA_THOUSANDS.matcher(s).matches()) {
                // "30,163": a decimal in Indonesian, or 30.163 written with an English comma ("0,060" is only a decimal);
                // normalization settles it from the column's other values
                alternative = new BigDecimal(s.replace(",", ""));
                note = "koma dapat berarti desimal atau pemisah ribuan";
            }
            return number(printed, s.replace(',', '.'), percent, unit, alternative, note);
        }
        if (DOT_DECIMAL.matcher(s).matches()) {
            return number(printed, s, percent, unit, null, "titik sebagai tanda desimal");
        }
        if (EN_GROUPED.matcher(s).matches()) {
            return number(printed, s.replace(",", ""), percent, unit, null, "format angka Inggris (koma ribuan)");
        }
        return CellValue.malformed(printed, "format angka tidak dikenal");
    }

    private static CellValue number(String printed, String canonical, boolean percent, String unit,
                                    BigDecimal alternative, String note) {
        BigDecimal value = new BigDecimal(canonical);
        int decimals = Math.max(0, value.scale());
        return new CellValue(ValueKind.NUMBER, printed, value, decimals, percent, null, unit, alternative, null, note);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i > 0 && s.charAt(i - 1) == '-' ? i - 1 : i;
            }
        }
        return -1;
    }

    private static int lastDigit(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Collapses whitespace (line breaks inside cells) and drops non-breaking spaces. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return Texts.collapse(raw.replace('\u00a0', ' ')).trim();
    }
}
