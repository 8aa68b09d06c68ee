package id.inspektorat.lkauditor.normalization;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cell's typed value. Keeps the printed text and the number of decimals printed, because the
 * rounding rule (spec §7) reads a printed figure as the interval its decimals allow.
 *
 * @param kind        what the cell holds
 * @param printed     the cell text as printed (whitespace collapsed)
 * @param number      the value for {@link ValueKind#NUMBER}, else {@code null}
 * @param decimals    digits printed after the decimal mark
 * @param percent     printed with {@code %}
 * @param grade       predikat letter printed with or instead of the number ({@code BB (70,15)}), else {@code null}
 * @param unit        unit words printed in the same cell ({@code Ha}, {@code Keluarga}), else {@code null}
 * @param alternative another reading of an ambiguous figure ({@code 30,163} as 30163), else {@code null}
 * @param amounts     the figures of a {@link ValueKind#MULTI} cell
 * @param problem     why a {@link ValueKind#MALFORMED} cell could not be read, or a format note
 */
public record CellValue(
        ValueKind kind,
        String printed,
        BigDecimal number,
        int decimals,
        boolean percent,
        String grade,
        String unit,
        BigDecimal alternative,
        List<BigDecimal> amounts,
        String problem) {

    public CellValue {
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
    }

    public static CellValue empty() {
        return new CellValue(ValueKind.EMPTY, "", null, 0, false, null, null, null, null, null);
    }

    public static CellValue dash(String printed) {
        return new CellValue(ValueKind.DASH, printed, null, 0, false, null, null, null, null, null);
    }

    public static CellValue text(String printed) {
        return new CellValue(ValueKind.TEXT, printed, null, 0, false, null, null, null, null, null);
    }

    public static CellValue grade(String printed, String grade) {
        return new CellValue(ValueKind.GRADE, printed, null, 0, false, grade, null, null, null, null);
    }

    public static CellValue malformed(String printed, String problem) {
        return new CellValue(ValueKind.MALFORMED, printed, null, 0, false, null, null, null, null, problem);
    }

    public static CellValue multi(String printed, List<BigDecimal> amounts) {
        return new CellValue(ValueKind.MULTI, printed, null, 0, false, null, null, null, amounts, null);
    }

    public boolean isNumber() {
        return kind == ValueKind.NUMBER;
    }

    /** A number, or a dash standing for zero. */
    public boolean isNumeric() {
        return kind == ValueKind.NUMBER || kind == ValueKind.DASH;
    }

    /** The number, with a dash read as zero; {@code null} when the cell holds no number. */
    public BigDecimal numberOrZero() {
        if (kind == ValueKind.NUMBER) {
            return number;
        }
        return kind == ValueKind.DASH ? BigDecimal.ZERO : null;
    }

    public CellValue withNumber(BigDecimal value, int newDecimals, String note) {
        return new CellValue(kind, printed, value, newDecimals, percent, grade, unit, number, amounts, note);
    }
}
