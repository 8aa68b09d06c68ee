package id.inspektorat.lkauditor.rules.capaian;

import id.inspektorat.lkauditor.rules.Interval;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formula a numbering row prints over a column ({@code 9=(7)/(8)*100}): column references in
 * parentheses, numbers, {@code + - * /} and brackets. Evaluated over intervals so rounding is
 * respected. Parsing is total: a formula it cannot read is ignored, never guessed.
 */
final class FormulaExpression {

    private static final Pattern ARITHMETIC = Pattern.compile("[0-9().+\\-*/]+");
    private static final Pattern BRACKETS = Pattern.compile("[()]");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

    private final String text;
    private int pos;

    private FormulaExpression(String text) {
        this.text = text;
    }

    record Parsed(String target, String expression) {
    }

    /** Splits {@code 9=(7)/(8)*100} into the target column number and the expression. */
    static Optional<Parsed> parse(String formula) {
        String f = formula.replace(" ", "").replace(",", ".");
        int eq = f.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        String target = BRACKETS.matcher(f.substring(0, eq)).replaceAll("");
        String expr = f.substring(eq + 1);
        if (!ONE_OR_TWO_DIGITS.matcher(target).matches() || !ARITHMETIC.matcher(expr).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(target, expr));
    }

    /** Evaluates with the given column intervals; empty when a column is missing or a division spans zero. */
    static Optional<Interval> evaluate(String expression, Map<String, Interval> columns) {
        try {
            FormulaExpression p = new FormulaExpression(expression);
            Interval v = p.sum(columns);
            return p.pos == expression.length() ? Optional.ofNullable(v) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Interval sum(Map<String, Interval> cols) {
        Interval v = product(cols);
        while (v != null && pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            char op = text.charAt(pos++);
            Interval r = product(cols);
            if (r == null) {
                return null;
            }
            v = op == '+' ? v.plus(r) : v.minus(r);
        }
        return v;
    }

    private Interval product(Map<String, Interval> cols) {
        Interval v = atom(cols);
        while (v != null && pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
            char op = text.charAt(pos++);
            Interval r = atom(cols);
            if (r == null) {
                return null;
            }
            v = op == '*' ? v.times(r) : v.dividedBy(r);
        }
        return v;
    }

    private Interval atom(Map<String, Interval> cols) {
        if (text.charAt(pos) == '(') {
            int close = text.indexOf(')', pos);
            String inside = text.substring(pos + 1, close);
            if (ONE_OR_TWO_DIGITS.matcher(inside).matches()) {
                pos = close + 1;
                return cols.get(inside);
            }
            pos++;
            Interval v = sum(cols);
            pos++; // ')'
            return v;
        }
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        return Interval.exact(new BigDecimal(text.substring(start, pos)));
    }
}
