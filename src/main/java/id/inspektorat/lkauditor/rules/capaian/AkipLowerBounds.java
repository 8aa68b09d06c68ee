package id.inspektorat.lkauditor.rules.capaian;

import java.math.BigDecimal;
import java.util.Map;

/**
 * When a target is a predikat letter alone, reports compute capaian against the letter's lower
 * bound (spec §3): the AKIP scale of PermenPAN-RB 88/2021.
 */
final class AkipLowerBounds {

    private static final Map<String, BigDecimal> LOWER = Map.of(
            "AA", BigDecimal.valueOf(90), "A", BigDecimal.valueOf(80), "BB", BigDecimal.valueOf(70),
            "B", BigDecimal.valueOf(60), "CC", BigDecimal.valueOf(50), "C", BigDecimal.valueOf(30),
            "D", BigDecimal.ZERO);

    private AkipLowerBounds() {
    }

    static BigDecimal of(String grade) {
        return LOWER.get(grade);
    }
}
