package id.inspektorat.lkauditor.settings;

import java.math.BigDecimal;

/**
 * One step of a rating scale. Bounds are optional; {@code lowerInclusive}/{@code upperInclusive} say
 * whether the regulation counts the bound itself ("> 70 - 80": lower exclusive, upper inclusive).
 */
public record Grade(String grade, String label, BigDecimal lower, boolean lowerInclusive, BigDecimal upper,
                    boolean upperInclusive) {

    public boolean contains(BigDecimal v) {
        if (lower != null) {
            int c = v.compareTo(lower);
            if (c < 0 || c == 0 && !lowerInclusive) {
                return false;
            }
        }
        if (upper != null) {
            int c = v.compareTo(upper);
            return c < 0 || c == 0 && upperInclusive;
        }
        return true;
    }

    /** "> 70 – 80" as the regulation writes it. */
    public String range() {
        String lo = lower == null ? "" : (lowerInclusive ? "" : "> ") + lower.stripTrailingZeros().toPlainString().replace('.', ',');
        String hi = upper == null ? "" : (upperInclusive ? "" : "< ") + upper.stripTrailingZeros().toPlainString().replace('.', ',');
        if (lo.isEmpty()) {
            return "≤ " + hi.replace("< ", "");
        }
        return hi.isEmpty() ? "≥ " + lo : lo + " – " + hi;
    }
}
