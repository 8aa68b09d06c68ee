package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.ValueKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.function.Predicate;

/**
 * The one place that knows how printed figures were rounded (spec §7). A value printed with d
 * decimals stands for an interval: rounded, v ± ½·10⁻ᵈ; truncated, [v, v + 10⁻ᵈ]. A report does one
 * or the other, so a relation holds when it holds with every figure read the same way, under either
 * reading ({@link #holds}). Counts and money printed without decimals are exact.
 */
public final class Rounding {

    /** How a report turned exact values into printed ones. */
    public enum Reading { ROUNDED, TRUNCATED }

    private Rounding() {
    }

    /** True when the relation holds under at least one reading of the printed figures. */
    public static boolean holds(Predicate<Reading> relation) {
        return relation.test(Reading.ROUNDED) || relation.test(Reading.TRUNCATED);
    }

    /** The interval a printed number stands for under a reading. */
    public static Interval of(CellValue v, boolean exactWhenWhole, Reading reading) {
        BigDecimal n = v.numberOrZero();
        if (n == null) {
            throw new IllegalArgumentException("not a number: " + v.printed());
        }
        if (v.kind() != ValueKind.NUMBER) {
            return Interval.exact(n); // a dash means none
        }
        if (exactWhenWhole && isWhole(v)) {
            return Interval.exact(n);
        }
        return printed(n, v.decimals(), reading);
    }

    /** A figure printed with {@code decimals} decimals. */
    public static Interval printed(BigDecimal v, int decimals, Reading reading) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        if (reading == Reading.ROUNDED) {
            BigDecimal half = unit.divide(BigDecimal.valueOf(2));
            return new Interval(v.subtract(half), v.add(half));
        }
        return v.signum() >= 0 ? new Interval(v, v.add(unit)) : new Interval(v.subtract(unit), v);
    }

    /** Money and head counts: no decimals printed, or only zeros ({@code ,00}). */
    public static boolean isWhole(CellValue v) {
        return !v.percent() && v.number() != null && v.number().stripTrailingZeros().scale() <= 0;
    }

    /** Indonesian notation: {@code 4.922.354.204}, {@code 95,23}; half-up to {@code decimals}. */
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
