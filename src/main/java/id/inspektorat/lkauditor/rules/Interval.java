package id.inspektorat.lkauditor.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A closed interval of real numbers: what a printed figure can stand for (spec §7). Arithmetic on
 * intervals gives every value a relation can take, so a relation is inconsistent only when the
 * intervals of both sides do not meet.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {

    public static final MathContext MC = MathContext.DECIMAL64;

    public Interval {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval " + lo + ".." + hi);
        }
    }

    public static Interval exact(BigDecimal v) {
        return new Interval(v, v);
    }

    public static Interval sum(List<Interval> parts) {
        Interval total = exact(BigDecimal.ZERO);
        for (Interval p : parts) {
            total = total.plus(p);
        }
        return total;
    }

    public Interval plus(Interval o) {
        return new Interval(lo.add(o.lo), hi.add(o.hi));
    }

    public Interval minus(Interval o) {
        return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
    }

    public Interval times(Interval o) {
        BigDecimal a = lo.multiply(o.lo), b = lo.multiply(o.hi), c = hi.multiply(o.lo), d = hi.multiply(o.hi);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    public Interval times(BigDecimal k) {
        return times(exact(k));
    }

    /** Division by an interval that does not contain zero; {@code null} when it does. */
    public Interval dividedBy(Interval o) {
        if (o.lo.signum() <= 0 && o.hi.signum() >= 0) {
            return null;
        }
        BigDecimal a = lo.divide(o.lo, MC), b = lo.divide(o.hi, MC), c = hi.divide(o.lo, MC), d = hi.divide(o.hi, MC);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    public boolean intersects(Interval o) {
        return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
    }

    public boolean contains(BigDecimal v) {
        return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
    }

    public BigDecimal mid() {
        return lo.add(hi).divide(BigDecimal.valueOf(2), MC);
    }

    /** The distance between two disjoint intervals (zero when they meet). */
    public BigDecimal gap(Interval o) {
        if (intersects(o)) {
            return BigDecimal.ZERO;
        }
        return lo.compareTo(o.hi) > 0 ? lo.subtract(o.hi) : o.lo.subtract(hi);
    }
}
