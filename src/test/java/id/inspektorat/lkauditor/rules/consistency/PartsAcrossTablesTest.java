package id.inspektorat.lkauditor.rules.consistency;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-XTAB-01: each desa's area in one table against the sum of its land use in another. */
class PartsAcrossTablesTest {

    private final PartsAcrossTables rule = new PartsAcrossTables();

    private static Table landUse() {
        // 123,5 + 87,3 + 45,1 = 255,9; 98,2 + 61,7 + 33,9 = 193,8; 110,4 + 75,6 + 40,2 = 226,2
        return table("Tabel 1.3 Luas Lahan Menurut Desa").row("No.", "Desa", "Sawah", "Kebun", "Permukiman")
                .row("1.", "Desa Satu", "123,5 Ha", "87,3 Ha", "45,1 Ha").row("2.", "Desa Dua", "98,2 Ha", "61,7 Ha", "33,9 Ha")
                .row("3.", "Desa Tiga", "110,4 Ha", "75,6 Ha", "40,2 Ha").build();
    }

    private static Table area(String dua) {
        return table("Tabel 1.6 Luas Wilayah Desa").row("No.", "Desa", "Luas").row("1.", "Desa Satu", "255,9 Ha")
                .row("2.", "Desa Dua", dua).row("3.", "Desa Tiga", "226,2 Ha").build();
    }

    private List<Finding> audit(Table... tables) {
        return run(rule, document(tables));
    }

    @Test
    void aWholeThatIsNotItsPartsInTheOtherTableIsFound() {
        assertThat(audit(landUse(), area("198,3 Ha"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-XTAB-01");
            assertThat(f.page()).isEqualTo(1);
            assertThat(f.table()).isEqualTo("Tabel 1.6");
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("Luas");
            assertThat(f.reported()).isEqualTo("198,3 Ha");
            assertThat(f.expected()).isEqualTo("193,8");
        });
    }

    @Test
    void wholesThatAddUpOrOtherRowsAreNoFinding() {
        assertNoFinding(audit(landUse(), area("193,8 Ha")));
        Table otherDesa = table("Tabel 1.7 Luas Dusun").row("No.", "Dusun", "Luas").row("1.", "Dusun A", "12,0 Ha")
                .row("2.", "Dusun B", "9,0 Ha").row("3.", "Dusun C", "7,5 Ha").build();
        assertNoFinding(audit(landUse(), otherDesa)); // not the same list of rows
    }
}
