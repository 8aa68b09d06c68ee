package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.fixtures.ReportTables.ikuWithIkmAndAkip;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.page;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-TXT-01: a selisih, kenaikan or penurunan in the text against the figures it names. */
class DifferenceClaimMismatchTest {

    private final DifferenceClaimMismatch rule = new DifferenceClaimMismatch();

    @Test
    void aSelisihItsFiguresDoNotGiveIsFound() {
        // 88,31 − 85,35 = 2,96, printed 3,06
        Finding f = assertOneFinding(run(rule, text(
                "Capaian diukur berdasarkan realisasi sebesar 85,35, dibandingkan dengan target sebesar 88,31 atau terdapat selisih 3,06.")),
                "LK-TXT-01", 1, 0, "", "3,06", "2,96");
        assertThat(f.table()).isEmpty();
    }

    @Test
    void theFindingOutlinesTheLineThatPrintsTheClaimedFigure() {
        // The sentence wraps over two lines; the evidence must outline the second, where "3,06" is printed.
        Box first = new Box(100, 70, 112, 520);
        Box second = new Box(114, 70, 126, 400);
        List<Finding> f = run(rule, document(List.of(), page(1,
                new TextLine("Capaian diukur berdasarkan realisasi sebesar 85,35, dibandingkan", 100, false, first),
                new TextLine("dengan target sebesar 88,31 atau terdapat selisih 3,06.", 114, false, second))));
        assertThat(f).singleElement().satisfies(x -> assertThat(x.geometry().cell()).isEqualTo(second));
    }

    @Test
    void pointsThatAreHundredfoldAreFound() {
        // 85,35 − 85,00 = 0,35
        assertThat(run(rule, text(
                "Pada tahun 2023 terjadi kenaikan 35 (tiga puluh lima) poin menjadi sebesar 85,35 dibandingkan tahun 2022 sebesar 85,00.")))
                .singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("0,35"));
    }

    @Test
    void rightDifferencesAndUntiedClaimsAreNoFinding() {
        // 88,31 − 85,35 = 2,96; the other two name no figures to subtract, or figures of others
        assertNoFinding(run(rule, text(
                "Realisasi sebesar 85,35 dibandingkan dengan target sebesar 88,31 atau terdapat selisih 2,96.",
                "Kecamatan Uji mengalami kenaikan 4,31 poin dengan predikat yang sama.",
                "Kecamatan Sei Balai lebih unggul 7,10 poin karena memperoleh 90,10 sedangkan Datuk Tanah Datar 83,00.")));
    }

    @Test
    void thisYearsTableFigureIsUsedWhenTheClauseNamesOnlyTheEarlierOne() {
        // 80,50 (2023) − 77,50 (2020) = 3,00
        assertThat(run(rule, document(List.of(ikuWithIkmAndAkip()),
                "Capaian realisasi Indeks Kepuasan Masyarakat pada tahun 2023 menjadi sebesar 80,50.",
                "Apabila dibandingkan dengan tahun 2020 juga terjadi kenaikan sebesar 3,50 poin dengan capaian realisasi sebesar 77,50.")))
                .singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("3,00"));
        assertNoFinding(run(rule, document(List.of(ikuWithIkmAndAkip()),
                "Capaian realisasi Indeks Kepuasan Masyarakat pada tahun 2023 menjadi sebesar 80,50.",
                "Apabila dibandingkan dengan tahun 2020 juga terjadi kenaikan sebesar 3,00 poin dengan capaian realisasi sebesar 77,50.")));
    }

    @Test
    void risingToAFigureIsNoDifference() {
        // "meningkat menjadi 11.200": the level reached, not by how much
        assertNoFinding(run(rule, text(
                "Jumlah penumpang pada tahun 2018 sebesar 9.916 orang meningkat menjadi 11.200 orang pada tahun 2019.")));
    }

    @Test
    void aPenurunanIsReadLikeAKenaikan() {
        // 90,10 − 80,50 = 9,60, printed 9,70 ("penurunan" and "menurun" hold no "turun")
        assertThat(run(rule, text(
                "Nilai IKM tahun 2023 sebesar 80,50 mengalami penurunan sebesar 9,70 poin dibandingkan tahun 2022 sebesar 90,10.")))
                .singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("9,60"));
        assertThat(run(rule, text("Nilai IKM tahun 2023 sebesar 80,50, menurun 9,70 poin dari tahun 2022 sebesar 90,10.")))
                .singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("9,60"));
    }

    @Test
    void aPercentageChangeOfTheEarlierLevelIsNoFinding() {
        // (68 − 56) / 68 = 17,6 %, printed 18 %: a percentage change, not the 12 between the levels
        assertNoFinding(run(rule, text("Pada tahun 2011 jumlah kecelakaan adalah sebesar 56 kejadian, menurun 18% dari tahun 2010 "
                + "sebesar 68 kejadian, sedangkan pada tahun 2012 tercatat 48 kejadian.")));
        // 25 % is neither 12 nor a percentage change of 56 or 68
        assertThat(run(rule, text("Pada tahun 2011 jumlah kecelakaan adalah sebesar 56 kejadian, menurun 25% dari tahun 2010 "
                + "sebesar 68 kejadian."))).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("12"));
    }

    @Test
    void aChangeNotSmallerThanTheLevelsIsNotTheirDifference() {
        // 38.962 cannot be the change between 4.104 and 38.860: a level called a change, or figures of two things
        assertNoFinding(run(rule, text("Pada tahun 2008 adalah sebesar 4.104 pesawat, untuk penerbangan Domestik jumlah pesawat "
                + "tahun 2003 adalah 38.860 pesawat, kemudian pada tahun 2008 mengalami peningkatan sebesar 38.962 pesawat.")));
    }
}
