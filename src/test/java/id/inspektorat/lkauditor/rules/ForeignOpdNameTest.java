package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.rules.identity.ForeignOpdName;
import id.inspektorat.lkauditor.settings.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-ID-01: a peer OPD's name where the report speaks of its own performance (a copied paragraph). */
class ForeignOpdNameTest {

    private static final ReferenceData KABUPATEN = new ReferenceData(List.of(
            score("Kecamatan Medang Deras"), score("Kecamatan Datuk Lima Puluh"), score("Dinas Kesehatan")));

    private static ReferenceData.AkipScore score(String opd) {
        return new ReferenceData.AkipScore(2023, "Kabupaten Batu Bara", opd, new BigDecimal("70.00"), "B", "LHE", "lhe.csv", 2);
    }

    private static List<Finding> audit(String sentence) {
        PageText page = new PageText(12, true, List.of(new TextLine(sentence, 100f, false)));
        return new ForeignOpdName(KABUPATEN).check(new DocumentUnderAudit("lk.pdf", 20, List.of(), List.of(page),
                "Kecamatan Medang Deras", 2023));
    }

    @Test
    void aPeersNameInASentenceAboutTheReportsOwnPerformanceIsFound() {
        assertThat(audit("Pencapaian sasaran kinerja Kecamatan Datuk Lima Puluh pada tahun 2023 sudah baik."))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("LK-ID-01");
                    assertThat(f.page()).isEqualTo(12);
                    assertThat(f.reported()).isEqualToIgnoringCase("Kecamatan Datuk Lima Puluh");
                    assertThat(f.expected()).isEqualTo("Kecamatan Medang Deras");
                });
    }

    @Test
    void itsOwnNameABorderOrAnOpdOfAnotherKindIsNoFinding() {
        assertThat(audit("Pencapaian sasaran kinerja Kecamatan Medang Deras pada tahun 2023 sudah baik.")).isEmpty();
        assertThat(audit("Sebelah utara berbatasan dengan Kecamatan Datuk Lima Puluh, wilayah kinerja kami.")).isEmpty();
        // a kecamatan copies from a kecamatan: a dinas in the text is a partner, not a copy
        assertThat(audit("Capaian program ini didukung Dinas Kesehatan.")).isEmpty();
    }
}
