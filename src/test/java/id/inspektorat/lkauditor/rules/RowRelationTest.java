package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.budget.BudgetBalanceMismatch;
import org.junit.jupiter.api.Test;

/** A relation belongs to the table when most rows hold it; its exceptions are findings that say so. */
class RowRelationTest {

    private static Tables budget() {
        return Tables.caption("Tabel 3.2 Realisasi Anggaran").row("Program", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)");
    }

    @Test
    void anExceptionSaysOnHowManyRowsTheRelationHeld() {
        // sisa = anggaran − realisasi: 100 − 90 = 10, 50 − 45 = 5, 80 − 60 = 20 (printed 25)
        Table t = budget().row("A", "100.000", "90.000", "10.000").row("B", "50.000", "45.000", "5.000")
                .row("C", "80.000", "60.000", "25.000").build();
        assertThat(new BudgetBalanceMismatch().check(t)).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.message()).endsWith("(rumus ini berlaku pada 2 dari 3 baris rincian yang dapat diuji)");
        });
    }

    @Test
    void aRelationMostRowsBreakIsNotTheTables() {
        // three of four rows miss anggaran − realisasi: the "Sisa" column means something else here
        Table t = budget().row("A", "100.000", "90.000", "3.000").row("B", "50.000", "45.000", "7.000")
                .row("C", "80.000", "60.000", "20.000").row("D", "40.000", "30.000", "1.000").build();
        assertThat(new BudgetBalanceMismatch().check(t)).isEmpty();
    }

    @Test
    void aTotalRowThatFollowsAWrongPartDoesNotVote() {
        // B's sisa 6.000 is wrong (50 − 45 = 5); the JUMLAH adds the printed sisa (10 + 6 = 16), so it breaks too
        Table t = budget().row("A", "100.000", "90.000", "10.000").row("B", "50.000", "45.000", "6.000")
                .bold("JUMLAH", "150.000", "135.000", "16.000").build();
        assertThat(new BudgetBalanceMismatch().check(t)).extracting(Finding::row).containsExactly(2, 3);
    }
}
