package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.normalization.CellValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * The one place that knows how printed figures were rounded (spec §7). A value printed with d
 * decimals stands for every number that rounds to it (v ± ½·10⁻ᵈ) or truncates to it
 * ([v, v + 10⁻ᵈ)); both readings are allowed because reports do both. Counts and money printed
 * without decimals are exact.
 */
public final class Rounding {

    private Rounding() {
    }

    /** The interval a printed number stands for. */
    public static Interval of(CellValue v, boolean exactWhenWhole) {
        BigDecimal n = v.numberOrZero();
        if (n == null) {
            throw new IllegalArgumentException("not a number: " + v.printed());
        }
        if (v.kind() != id.inspektorat.lkauditor.normalization.ValueKind.NUMBER) {
            return Interval.exact(n); // a dash means none
        }
        if (exactWhenWhole && isWhole(v)) {
            return Interval.exact(n);
        }
        return printed(n, v.decimals());
    }

    /** A figure printed with {@code decimals} decimals, rounded or truncated. */
    public static Interval printed(BigDecimal v, int decimals) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal half = unit.divide(BigDecimal.valueOf(2));
        return v.signum() >= 0
                ? new Interval(v.subtract(half), v.add(unit))
                : new Interval(v.subtract(unit), v.add(half));
    }

    /** Money and head counts: no decimals printed, or only zeros ({@code ,00}). */
    public static boolean isWhole(CellValue v) {
        return !v.percent() && v.number() != null && v.number().stripTrailingZeros().scale() <= 0;
    }

    /** A recomputed value rounded half-up to {@code decimals}. */
    public static BigDecimal round(BigDecimal v, int decimals) {
        return v.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Indonesian notation: {@code 4.922.354.204}, {@code 95,23}. */
    public static String format(BigDecimal v, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("0".repeat(decimals));
        }
        DecimalFormat f = new DecimalFormat(pattern.toString(), symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
