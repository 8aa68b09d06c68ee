package id.inspektorat.lkauditor.rules.identity;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.page;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.extraction.TextLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-ID-02: a report on 2023 (the documents' year here) that names itself the report of another year. */
class WrongReportYearTest {

    private final WrongReportYear rule = new WrongReportYear();

    @Test
    void theReportNamingAnotherYearIsFound() {
        assertOneFinding(run(rule, text("Penyusunan Laporan Kinerja ( LK ) Tahun 2022 Kantor ini selesai.")), "LK-ID-02", 1, 0,
                "", "2022", "2023");
    }

    @Test
    void aDocumentThatIsNoLkCitesTheLkItNames() {
        // the cover of the LHE of 2023: it evaluates the 2022 report; the same words on an LK's cover are a finding
        var cover = document(List.of(), page(1, "LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA ATAS LAPORAN KINERJA TAHUN 2022"));
        assertNoFinding(run(rule, cover.ofKind("LHE")));
        assertNoFinding(run(rule, cover.ofKind("RENJA")));
        assertOneFinding(run(rule, cover.ofKind("LK")), "LK-ID-02", 1, 0, "", "2022", "2023");
        assertOneFinding(run(rule, cover), "LK-ID-02", 1, 0, "", "2022", "2023"); // kind not read: as an LK
    }

    @Test
    void theReportNamingItsOwnYearIsNoFinding() {
        assertNoFinding(run(rule, text("Dengan tersusunnya Laporan Kinerja (LK) Tahun 2023 ini.")));
    }

    @Test
    void anEarlierReportCitedInTheTextIsNotTheReportItself() {
        // page 9: the 2019 report is cited; the 2022 one names itself ("ini")
        assertOneFinding(run(rule, document(List.of(), page(9,
                        new TextLine("Kendala yang dicatat pada Laporan Kinerja tahun 2019 antara lain", 0f, false),
                        new TextLine("Laporan Kinerja Tahun 2022 ini menyajikan capaian kinerja", 12f, false)))),
                "LK-ID-02", 9, 0, "", "2022", "2023");
    }

    @Test
    void theFindingOutlinesTheLineThatNamesTheOtherYear_evenWhenThePhraseWraps() {
        Box title = new Box(80, 70, 92, 500);
        Box wrapped = new Box(94, 70, 106, 300);
        assertThat(run(rule, document(List.of(), page(1,
                new TextLine("Ringkasan eksekutif.", 60, false, new Box(60, 70, 72, 200)),
                new TextLine("Penyusunan Laporan Kinerja ( LK )", 80, false, title),
                new TextLine("Tahun 2022 Kantor ini selesai.", 94, false, wrapped))))).singleElement()
                .satisfies(f -> assertThat(f.geometry().cell()).isEqualTo(wrapped));
    }
}
