package id.inspektorat.lkauditor.rules.identity;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.YEAR;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.lhe;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.page;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.reference;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-ID-01: a peer OPD's name where the report speaks of its own performance (a copied paragraph). */
class ForeignOpdNameTest {

    private final ForeignOpdName rule = new ForeignOpdName(reference(lhe(YEAR, "Kecamatan Medang Deras", "70.00", "B"),
            lhe(YEAR, "Kecamatan Datuk Lima Puluh", "70.00", "B"), lhe(YEAR, "Dinas Kesehatan", "70.00", "B")));

    /** The report of Kecamatan Medang Deras in the reference's Kabupaten Contoh, the sentence on its page 12. */
    private List<Finding> audit(String sentence) {
        return audit("KABUPATEN CONTOH", sentence);
    }

    private List<Finding> audit(String region, String sentence) {
        return run(rule, document("Kecamatan Medang Deras", YEAR, List.of(),
                page(1, "LAPORAN KINERJA KECAMATAN MEDANG DERAS " + region + " TAHUN 2023"), page(12, sentence)));
    }

    @Test
    void aPeersNameInASentenceAboutTheReportsOwnPerformanceIsFound() {
        assertThat(audit("Pencapaian sasaran kinerja Kecamatan Datuk Lima Puluh pada tahun 2023 sudah baik."))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("LK-ID-01");
                    assertThat(f.page()).isEqualTo(12);
                    assertThat(f.row()).isZero();
                    assertThat(f.column()).isEmpty();
                    assertThat(f.reported()).isEqualToIgnoringCase("Kecamatan Datuk Lima Puluh");
                    assertThat(f.expected()).isEqualTo("Kecamatan Medang Deras");
                });
    }

    @Test
    void itsOwnNameABorderOrAnOpdOfAnotherKindIsNoFinding() {
        assertNoFinding(audit("Pencapaian sasaran kinerja Kecamatan Medang Deras pada tahun 2023 sudah baik."));
        assertNoFinding(audit("Sebelah utara berbatasan dengan Kecamatan Datuk Lima Puluh, wilayah kinerja kami."));
        // a kecamatan copies from a kecamatan: a dinas in the text is a partner, not a copy
        assertNoFinding(audit("Capaian program ini didukung Dinas Kesehatan."));
    }

    @Test
    void aReportOfAKabupatenTheReferenceDoesNotListIsLeftAlone() {
        // the reference lists Kabupaten Contoh's OPDs; a report of Kabupaten Grobogan may have its own
        // Kecamatan Datuk Lima Puluh for all the tool knows, and one that names no kabupaten is not placed
        String copied = "Pencapaian sasaran kinerja Kecamatan Datuk Lima Puluh pada tahun 2023 sudah baik.";
        assertNoFinding(audit("KABUPATEN GROBOGAN", copied));
        assertNoFinding(run(rule, document("Kecamatan Medang Deras", YEAR, List.of(), page(12, copied))));
    }
}
