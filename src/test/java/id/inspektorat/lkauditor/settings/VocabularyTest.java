package id.inspektorat.lkauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header vocabulary: what each scope reads, wrapped words, and a broken file's line. */
class VocabularyTest {

    private static final Vocabulary V = RulesSettings.load(Path.of("rules")).vocabulary();

    @TempDir
    Path rules;

    @Test
    void theHeaderPathNamesItsTermsWithTheirCues() {
        assertThat(V.column(List.of("Realisasi Anggaran", "Rp"))).containsKeys(Term.REALISASI, Term.ANGGARAN, Term.RUPIAH)
                .doesNotContainKeys(Term.TARGET, Term.SISA, Term.PERCENT);
        assertThat(V.column(List.of("Pagu Indikatif"))).containsEntry(Term.ANGGARAN, "pagu");
        assertThat(V.column(List.of("Rencana", "Rancangan Awal"))).containsEntry(Term.PLANNING_STAGE, "rancangan");
    }

    @Test
    void aWordInsideAnotherIsNoWord() {
        // "Sarpras" holds the letters "rp" but names no rupiah column
        assertThat(V.column(List.of("% Ketersediaan Sarpras"))).doesNotContainKey(Term.RUPIAH);
        assertThat(V.column(List.of("Realisasi (Rp.000)"))).containsKeys(Term.RUPIAH, Term.SCALED);
        assertThat(V.column(List.of("Analisis Kebutuhan Sebelumnya"))).containsEntry(Term.PLANNING_STAGE, "analisis kebutuhan");
        assertThat(V.column(List.of("Sebelumnya"))).doesNotContainKey(Term.PLANNING_STAGE);
    }

    @Test
    void aWordBrokenByALineWrapStillNamesItsTerm() {
        assertThat(V.column(List.of("Reali- sasi"))).containsKey(Term.REALISASI);
        assertThat(V.column(List.of("Angga ran (Rp)"))).containsKey(Term.ANGGARAN);
        // short words are not joined across spaces: "Ma sisa" is not SISA by a wrap
        assertThat(V.column(List.of("Nilai Tahun"))).doesNotContainKey(Term.SISA);
    }

    @Test
    void leafScopesReadOnlyTheLastSegment() {
        assertThat(V.column(List.of("Jumlah Penduduk", "L+P"))).containsKey(Term.WHOLE);
        assertThat(V.column(List.of("Jumlah Penduduk", "L"))).containsKey(Term.MALE).doesNotContainKey(Term.WHOLE);
        assertThat(V.column(List.of("Persentase"))).containsKey(Term.SHARE);
        assertThat(V.column(List.of("Persentase Capaian"))).doesNotContainKey(Term.SHARE); // a capaian is no share
        assertThat(V.column(List.of("No."))).containsKey(Term.KEY);
        assertThat(V.column(List.of("Nomor Urut"))).containsKey(Term.KEY);
        assertThat(V.column(List.of("Nominal"))).doesNotContainKey(Term.KEY);
    }

    @Test
    void segmentsNameTheRoleOfATripleAndTheRestIsItsKey() {
        Table t = Tables.caption("Tabel 1").row("Indikator", "Target{2}", "", "Realisasi{2}", "", "Capaian{2}", "")
                .row("", "2022", "2023", "2022", "2023", "2022", "2023").row("IKU 1", "1", "2", "1", "2", "100", "100").build();
        Column target2023 = t.columns().get(2);
        Column realisasi2023 = t.columns().get(4);
        assertThat(target2023.tripleRole()).isEqualTo(Term.SEGMENT_TARGET);
        assertThat(realisasi2023.tripleRole()).isEqualTo(Term.SEGMENT_REALISASI);
        assertThat(target2023.tripleKey()).isEqualTo(realisasi2023.tripleKey()).isEqualTo("2023");
        assertThat(t.columns().get(0).tripleRole()).isNull();
        // "Sisa Anggaran" is no target even though it says anggaran
        assertThat(V.segment("Sisa Anggaran")).isEmpty();
    }

    @Test
    void captionsNameWhatTheTableIsAbout() {
        assertThat(V.caption("Tabel 3.8 Perbandingan dengan Kecamatan Sejenis")).containsKeys(Term.CAPTION_PEER, Term.CAPTION_COMPARISON);
        assertThat(V.caption("Tabel 2.1 Target Pendapatan Daerah")).containsKey(Term.CAPTION_REVENUE);
        assertThat(V.caption("Tabel 3.15 Analisis Efisiensi")).doesNotContainKey(Term.CAPTION_STAGE);
    }

    @Test
    void anAuditorAddsASynonymWithoutARelease() throws IOException {
        String mine = Files.readString(Path.of("rules/vocabulary.yml")).replace("contains: [realisasi]", "contains: [realisasi, capaian fisik]");
        Files.writeString(rules.resolve("vocabulary.yml"), mine);
        Vocabulary v = RulesSettings.load(rules).vocabulary();
        assertThat(v.column(List.of("Capaian Fisik"))).containsKey(Term.REALISASI);
        assertThat(V.column(List.of("Capaian Fisik"))).doesNotContainKey(Term.REALISASI);
    }

    @Test
    void aRulesFolderWithoutTheFileUsesTheShippedOne() {
        Vocabulary v = RulesSettings.load(rules).vocabulary();
        assertThat(v.entry(Term.REALISASI).source()).startsWith("(bawaan) vocabulary.yml:");
    }

    @Test
    void aMistakeStopsTheStartWithItsLine() throws IOException {
        String good = Files.readString(Path.of("rules/vocabulary.yml"));
        int line = lineOf(good, "  REALISASI:");
        Files.writeString(rules.resolve("vocabulary.yml"), good.replace("  REALISASI:", "  REALISASIX:"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessageContaining("vocabulary.yml:" + line).hasMessageContaining("istilah tidak dikenal 'REALISASIX'");

        Files.writeString(rules.resolve("vocabulary.yml"), good.replace("in: header\n    contains: [realisasi]",
                "in: kepala\n    contains: [realisasi]"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).hasMessageContaining("vocabulary.yml:" + (line + 1))
                .hasMessageContaining("'in' tidak dikenal 'kepala'");

        Files.writeString(rules.resolve("vocabulary.yml"), good.replace("contains: [realisasi]\n", "contains: [realisasi, \"  \"]\n"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).hasMessageContaining("vocabulary.yml:" + (line + 2))
                .hasMessageContaining("kata kosong");

        Files.writeString(rules.resolve("vocabulary.yml"), good.replace("  REALISASI:\n    in: header\n    contains: [realisasi]\n", ""));
        assertThatThrownBy(() -> RulesSettings.load(rules)).hasMessageContaining("istilah tidak didefinisikan: REALISASI");
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(line) + 1;
    }
}
