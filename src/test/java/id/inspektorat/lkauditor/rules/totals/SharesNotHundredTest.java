package id.inspektorat.lkauditor.rules.totals;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-PCT-02: the shares of a column must make 100 %, within the rounding of each (spec §7). */
class SharesNotHundredTest {

    private final SharesNotHundred rule = new SharesNotHundred();

    private static Table shares(String last) {
        return table("Tabel 1.5 Penggunaan Lahan")
                .row("No.", "Penggunaan", "%")
                .row("1.", "Sawah", "45,20")
                .row("2.", "Kebun", "30,50")
                .row("3.", "Permukiman", last)
                .row("JUMLAH", "", "100,00")
                .build();
    }

    @Test
    void aColumnThatDoesNotMakeHundredIsFound() {
        // 45,20 + 30,50 + 25,30 = 101,00, reported at the JUMLAH row (data row 4)
        assertOneFinding(run(rule, shares("25,30")), "LK-PCT-02", 4, "%", "101,00", "100");
    }

    @Test
    void sharesRoundedToHundredAreNoFinding() {
        // 45,20 + 30,50 + 24,29 = 99,99: three rounded shares may miss 100 by 0,015
        assertNoFinding(run(rule, shares("24,29")));
    }
}
