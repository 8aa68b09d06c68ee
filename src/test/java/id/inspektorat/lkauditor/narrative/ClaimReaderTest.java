package id.inspektorat.lkauditor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.narrative.Claim.Direction;
import id.inspektorat.lkauditor.narrative.Claim.Kind;
import id.inspektorat.lkauditor.narrative.Claim.Unit;
import id.inspektorat.lkauditor.narrative.NarrativeText.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per claim shape, each with the sentences that must not be read as it. */
class ClaimReaderTest {

    private static List<Claim> read(String text) {
        return ClaimReader.read(text, "");
    }

    private static Claim only(String text) {
        List<Claim> claims = read(text);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aChangeByAnAmountInPoints() {
        Claim c = only("Nilai AKIP tahun 2023 mengalami penurunan sebesar 2,01 poin.");
        assertThat(c.kind()).isEqualTo(Kind.CHANGE);
        assertThat(c.direction()).isEqualTo(Direction.DOWN);
        assertThat(c.unit()).isEqualTo(Unit.POINTS);
        assertThat(c.figure().printed()).isEqualTo("2,01");
        assertThat(c.year()).isEqualTo(2023);
        assertThat(c.indicator()).isEqualTo("akip");
        assertThat(c.from()).isNull();
    }

    @Test
    void aChangeInPercentAndADifferenceWithoutDirection() {
        Claim pct = only("Jumlah kecelakaan sebesar 56 kejadian, menurun 18% dari tahun 2010 sebesar 68 kejadian.");
        assertThat(pct.unit()).isEqualTo(Unit.PERCENT);
        assertThat(pct.figure().value()).isEqualByComparingTo("18");
        Claim selisih = only("Realisasi 85,35 dibandingkan target 88,31 atau terdapat selisih 3,06.");
        assertThat(selisih.direction()).isEqualTo(Direction.NONE);
        assertThat(selisih.unit()).isEqualTo(Unit.NONE);
        // "menurun" and "penurunan" do not contain "turun": they are claims all the same
        assertThat(only("Capaian menurun 1,5 poin.").direction()).isEqualTo(Direction.DOWN);
        assertThat(only("Terjadi peningkatan 3 poin.").direction()).isEqualTo(Direction.UP);
    }

    @Test
    void aLevelReachedIsNoChange() {
        Claim c = only("Nilai IKM turun menjadi 80,50 pada tahun 2023.");
        assertThat(c.kind()).isEqualTo(Kind.LEVEL_REACHED);
        assertThat(c.direction()).isEqualTo(Direction.DOWN);
        assertThat(c.figure().printed()).isEqualTo("80,50");
        // "turun sebesar" is by how much, "turun menjadi" where to: one claim each, never both
        assertThat(read("Nilai IKM turun sebesar 9,60 poin.")).extracting(Claim::kind).containsExactly(Kind.CHANGE);
    }

    @Test
    void theLevelAChangeStartsFrom() {
        assertThat(only("Jumlah penumpang tahun 2018 sebesar 9.916 orang meningkat menjadi 11.200 orang.").from().printed())
                .isEqualTo("9.916");
        assertThat(only("Indeks naik dari tahun 2022 sebesar 80,10 menjadi 82,50.").from().printed()).isEqualTo("80,10");
        assertThat(only("Nilai AKIP meningkat menjadi 66,66 dibandingkan tahun 2022 sebesar 62,35.").from().printed())
                .isEqualTo("62,35");
        // a figure far before the word, one that is no year's level, or a change between the word and
        // "menjadi": not sure where it started
        assertThat(only("Target sebesar 100 kegiatan dan realisasinya meningkat menjadi 95 kegiatan.").from()).isNull();
        assertThat(only("Anggaran sebesar 5 paket untuk kegiatan pembinaan masyarakat desa dan kelurahan yang kemudian meningkat menjadi 7.")
                .from()).isNull();
        List<Claim> both = read("Terjadi kenaikan 35 (tiga puluh lima) poin menjadi sebesar 85,35.");
        assertThat(both).extracting(Claim::kind).containsExactly(Kind.CHANGE, Kind.LEVEL_REACHED);
        assertThat(both.get(1).from()).isNull();
    }

    @Test
    void labelsAndYearsAreNoValues() {
        List<Figure> values = ClaimReader.values("Sasaran (SS2) dengan IK3 dan SS-1 pada tahun 2023 sesuai (8) mencapai 85,35 (72,16) dan 100%.");
        assertThat(values).extracting(Figure::printed).containsExactly("85,35", "72,16", "100%");
        assertThat(read("Nilai naik 2023 dibanding sebelumnya.")).isEmpty();
        assertThat(read("Capaian IK3 meningkat pesat.")).isEmpty();
    }

    @Test
    void theYearAndIndicatorComeFromTheSentenceBeforeWhenThisOneNamesNone() {
        Claim c = ClaimReader.read("Nilainya naik 2,5 poin.", "Nilai IKM tahun 2022 adalah 80,00.").get(0);
        assertThat(c.year()).isEqualTo(2022);
        assertThat(c.indicator()).isEqualTo("ikm");
    }

    @Test
    void aSentenceWithoutAClaimWordHasNoClaim() {
        assertThat(read("Realisasi anggaran sebesar Rp 1.000.000 atau 95,00 %.")).isEmpty();
        assertThat(read("Meningkatnya pelayanan publik sebesar 5 layanan.")).isEmpty();
    }

    @Test
    void levelsSayWhichFigureTheyAreAndWhose() {
        List<Claim> obtained = ClaimReader.levels("Kecamatan Sei Balai memperoleh Nilai BB (72,16) pada tahun 2023.");
        assertThat(obtained).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.LEVEL);
            assertThat(c.role()).isEqualTo(Claim.Role.REALISASI);
            assertThat(c.subject()).isEqualTo("Sei Balai");
            assertThat(c.grade()).isEqualTo("BB");
            assertThat(c.figure().printed()).isEqualTo("72,16");
        });
        assertThat(ClaimReader.levels("Adapun target awalnya BB (72,16) untuk nilai AKIP.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(Claim.Role.TARGET));
        assertThat(ClaimReader.levels("Capaian kinerja indikator IKM mencapai 93,53 %.")).singleElement().satisfies(c -> {
            assertThat(c.role()).isEqualTo(Claim.Role.CAPAIAN);
            assertThat(c.unit()).isEqualTo(Unit.PERCENT);
            assertThat(c.figure().printed()).isEqualTo("93,53");
        });
    }

    @Test
    void whatIsNoLevel() {
        // a target in percent is a capaian's business, a year no target, a capaian without % no capaian
        assertThat(ClaimReader.levels("Target sebesar 100 % tercapai.")).isEmpty();
        assertThat(ClaimReader.levels("Target 2024 ditetapkan dalam Renstra.")).isEmpty();
        assertThat(ClaimReader.levels("Capaian kinerja mencapai 85,35 poin.")).isEmpty();
        assertThat(ClaimReader.levels("Dinas memperoleh penghargaan 3 kali.")).isEmpty();
    }
}
