package id.inspektorat.lkauditor.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a row is, the fact reader learns from its label by the row terms of {@code rules/vocabulary.yml}:
 * the AKIP score and the IKM (not a share or a count about them), a program, belanja operasi and modal.
 */
class FactExtractorTest {

    private static final Vocabulary V = RulesSettings.load(Path.of("rules")).vocabulary();
    private static final String OPD = "Kecamatan Uji";
    private static final int YEAR = 2023;

    @TempDir
    Path rules;

    private static Table performance(String... indicators) {
        Tables t = Tables.caption("Tabel 3.1 Capaian Indikator Kinerja Utama")
                .row("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)");
        for (int i = 0; i < indicators.length; i++) {
            t.row(String.valueOf(i + 1), indicators[i], "80,00", "76,00", "95,00");
        }
        return t.build();
    }

    @Test
    void theRowThatNamesTheAkipScoreGivesItsTargetRealisasiAndCapaian() {
        List<Fact> facts = new FactExtractor(V).facts(List.of(performance("Nilai SAKIP")), OPD, YEAR);
        assertThat(facts).extracting(Fact::quantity, f -> f.value().printed(), Fact::year).containsExactlyInAnyOrder(
                tuple(Quantity.TARGET_AKIP, "80,00", YEAR),
                tuple(Quantity.REALISASI_AKIP, "76,00", YEAR),
                tuple(Quantity.CAPAIAN_AKIP, "95,00", YEAR));
    }

    @Test
    void aShareOrACountAboutTheScoreIsNoScore() {
        List<Fact> facts = new FactExtractor(V).facts(List.of(performance("Persentase SAKIP OPD kategori A",
                "Jumlah laporan LAKIP", "Persentase kepuasan masyarakat terhadap layanan")), OPD, YEAR);
        assertThat(facts).isEmpty();
    }

    @Test
    void theIkmRowIsTheIkm() {
        List<Fact> facts = new FactExtractor(V).facts(List.of(performance("Indeks Kepuasan Masyarakat")), OPD, YEAR);
        assertThat(facts).extracting(Fact::quantity)
                .containsExactlyInAnyOrder(Quantity.TARGET_IKM, Quantity.REALISASI_IKM, Quantity.CAPAIAN_IKM);
    }

    @Test
    void aWordOfTheVocabularyNotOfTheCodeDecides() throws IOException {
        // "Nilai SKM": the Survei Kepuasan Masyarakat gives the IKM; the shipped words do not say so
        String good = Files.readString(Path.of("rules/vocabulary.yml"));
        String from = "contains: [ikm, kepuasan masyarakat]\n    not-after: [";
        assertThat(good).containsOnlyOnce(from);
        Files.writeString(rules.resolve("vocabulary.yml"), good.replace(from, "contains: [ikm, skm, kepuasan masyarakat]\n    not-after: ["));
        Vocabulary mine = RulesSettings.load(rules).vocabulary();
        Table t = performance("Nilai SKM");
        assertThat(new FactExtractor(V).facts(List.of(t), OPD, YEAR)).isEmpty();
        assertThat(new FactExtractor(mine).facts(List.of(t), OPD, YEAR)).extracting(Fact::quantity)
                .containsExactlyInAnyOrder(Quantity.TARGET_IKM, Quantity.REALISASI_IKM, Quantity.CAPAIAN_IKM);
    }

    @Test
    void belanjaOperasiAndModalMakeTheOpdsBudgetAndItsTotal() {
        Table t = Tables.caption("Tabel 3.5 Realisasi Anggaran")
                .row("No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%")
                .row("1", "Belanja Operasi", "1.000.000", "900.000", "90,00")
                .row("2", "Belanja Modal", "500.000", "450.000", "90,00")
                .row("", "JUMLAH", "1.500.000", "1.350.000", "90,00")
                .build();
        List<Fact> facts = new FactExtractor(V).facts(List.of(t), OPD, YEAR);
        assertThat(facts).extracting(Fact::quantity, f -> f.value().printed()).containsExactlyInAnyOrder(
                tuple(Quantity.ANGGARAN_OPERASI, "1.000.000"), tuple(Quantity.REALISASI_OPERASI, "900.000"),
                tuple(Quantity.ANGGARAN_MODAL, "500.000"), tuple(Quantity.REALISASI_MODAL, "450.000"),
                tuple(Quantity.ANGGARAN_TOTAL, "1.500.000"), tuple(Quantity.REALISASI_TOTAL, "1.350.000"));
    }

    @Test
    void programsAreTheOpdsBudgetOnlyWhenTwoOrMoreSumUp() {
        Table programs = Tables.caption("Tabel 3.6 Realisasi Anggaran per Program")
                .row("No", "Program", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("1", "Program Penunjang Urusan Pemerintahan", "2.000.000", "1.800.000")
                .row("2", "Program Penyelenggaraan Pemerintahan", "1.000.000", "950.000")
                .row("", "JUMLAH", "3.000.000", "2.750.000")
                .build();
        assertThat(new FactExtractor(V).facts(List.of(programs), OPD, YEAR)).extracting(Fact::quantity, Fact::detail)
                .containsExactlyInAnyOrder(
                        tuple(Quantity.ANGGARAN_PROGRAM, "program penunjang urusan pemerintahan"),
                        tuple(Quantity.REALISASI_PROGRAM, "program penunjang urusan pemerintahan"),
                        tuple(Quantity.ANGGARAN_PROGRAM, "program penyelenggaraan pemerintahan"),
                        tuple(Quantity.REALISASI_PROGRAM, "program penyelenggaraan pemerintahan"),
                        tuple(Quantity.ANGGARAN_TOTAL, ""), tuple(Quantity.REALISASI_TOTAL, ""));
        // one program's kegiatan: its JUMLAH is that program's, not the OPD's budget
        Table kegiatan = Tables.caption("Tabel 3.7 Realisasi Anggaran Kegiatan")
                .row("No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("1", "Kegiatan Penyusunan Dokumen Perencanaan", "2.000.000", "1.800.000")
                .row("2", "Kegiatan Administrasi Keuangan", "1.000.000", "950.000")
                .row("", "JUMLAH", "3.000.000", "2.750.000")
                .build();
        assertThat(new FactExtractor(V).facts(List.of(kegiatan), OPD, YEAR)).isEmpty();
    }
}
