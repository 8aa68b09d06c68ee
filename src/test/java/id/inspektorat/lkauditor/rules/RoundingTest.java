package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.NumberParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval rule of spec §7, on the spec's own examples. */
class RoundingTest {

    private final NumberParser parser = new NumberParser();

    private Interval printed(String s, Rounding.Reading r) {
        return Rounding.of(parser.parse(s), false, r);
    }

    private Interval whole(String s, Rounding.Reading r) {
        return Rounding.of(parser.parse(s), true, r);
    }

    @Test
    void truncationIsConsistent() {
        // 85,35 / 88,31 × 100 = 96,648… printed 96,64 (truncated)
        assertThat(Rounding.holds(r -> printed("85,35", r).dividedBy(printed("88,31", r)).times(BigDecimal.valueOf(100))
                .intersects(printed("96,64", r)))).isTrue();
        // 22 / 33 = 66,666… printed 66,66: only truncation explains it
        assertThat(whole("22", Rounding.Reading.TRUNCATED).dividedBy(whole("33", Rounding.Reading.TRUNCATED))
                .times(BigDecimal.valueOf(100)).intersects(printed("66,66", Rounding.Reading.TRUNCATED))).isTrue();
        assertThat(whole("22", Rounding.Reading.ROUNDED).dividedBy(whole("33", Rounding.Reading.ROUNDED))
                .times(BigDecimal.valueOf(100)).intersects(printed("66,66", Rounding.Reading.ROUNDED))).isFalse();
    }

    @Test
    void aWrongCapaianIsInconsistent() {
        // 66,66 / 70,00 × 100 = 95,23, printed 89,07
        assertThat(Rounding.holds(r -> printed("66,66", r).dividedBy(printed("70,00", r)).times(BigDecimal.valueOf(100))
                .intersects(printed("89,07", r)))).isFalse();
    }

    @Test
    void fourOneDecimalComponentsMayMissTheirTotalByTwoTenths() {
        // the parts add to 71,3; rounded, each may be 0,05 off: 71,39 is consistent, 71,60 is not
        Rounding.Reading r = Rounding.Reading.ROUNDED;
        Interval sum = Interval.sum(List.of(printed("23,5", r), printed("24,4", r), printed("10,6", r), printed("12,8", r)));
        assertThat(sum.intersects(printed("71,39", r))).isTrue();
        assertThat(sum.intersects(printed("71,60", r))).isFalse();
    }

    @Test
    void wholeAmountsAreExact() {
        Rounding.Reading r = Rounding.Reading.ROUNDED;
        Interval a = whole("4.569.324.466", r);
        Interval b = whole("353.029.738", r);
        assertThat(a.plus(b).intersects(whole("4.922.354.204", r))).isTrue();
        assertThat(a.plus(b).intersects(whole("4.922.354.214", r))).isFalse();
    }

    @Test
    void formatsIndonesian() {
        assertThat(Rounding.format(new BigDecimal("4922354204"), 0)).isEqualTo("4.922.354.204");
        assertThat(Rounding.format(new BigDecimal("95.2285"), 2)).isEqualTo("95,23");
    }
}
