package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.vocabulary.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.budget.BudgetBalanceMismatch;
import id.inspektorat.lkauditor.rules.budget.OverspentBudget;
import id.inspektorat.lkauditor.rules.totals.SharesNotHundred;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

    private static Table realisation(String realisasiB, String sisaB) {
        return Tables.caption("Tabel 3.18 Realisasi Anggaran")
                .row("No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)")
                .row("1", "Program A", "200.000.000", "180.000.000", "20.000.000")
                .row("2", "Program B", "100.000.000", realisasiB, sisaB)
                .build();
    }

    @Test
    void sisa_flagsARemainderThatIsNotAnggaranMinusRealisasi() {
        // 100.000.000 − 95.000.000 = 5.000.000, printed 6.000.000
        assertThat(new BudgetBalanceMismatch().check(realisation("95.000.000", "6.000.000"))).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("5.000.000"));
    }

    @Test
    void sisa_acceptsTheRightRemainder() {
        assertThat(new BudgetBalanceMismatch().check(realisation("95.000.000", "5.000.000"))).isEmpty();
    }

    @Test
    void overspent_warnsWhenRealisasiExceedsAnggaran() {
        assertThat(new OverspentBudget().check(realisation("105.000.000", "-5.000.000"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void overspent_isQuietWithinBudget() {
        assertThat(new OverspentBudget().check(realisation("95.000.000", "5.000.000"))).isEmpty();
    }

    private static Table shares(String last) {
        return Tables.caption("Tabel 1.5 Penggunaan Lahan")
                .row("No.", "Penggunaan", "%")
                .row("1.", "Sawah", "45,20")
                .row("2.", "Kebun", "30,50")
                .row("3.", "Permukiman", last)
                .row("JUMLAH", "", "100,00")
                .build();
    }

    @Test
    void shares_flagsAColumnThatDoesNotMakeHundred() {
        // 45,20 + 30,50 + 25,30 = 101,00
        assertThat(new SharesNotHundred().check(shares("25,30"))).singleElement()
                .satisfies(f -> assertThat(f.reported()).isEqualTo("101,00"));
    }

    @Test
    void shares_acceptsRoundingToHundred() {
        // 45,20 + 30,50 + 24,29 = 99,99: three rounded shares may miss 100 by 0,015
        assertThat(new SharesNotHundred().check(shares("24,29"))).isEmpty();
    }
}
