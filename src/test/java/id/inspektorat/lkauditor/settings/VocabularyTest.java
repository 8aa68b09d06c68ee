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

/** The header, caption and row-label vocabulary: what each scope reads, wrapped words, and a broken file's line. */
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
        // a term read by joining a wrap says so (the less sure reading); one read as printed does not
        assertThat(V.columnTerms(List.of("Reali- sasi")).joined()).contains(Term.REALISASI);
        // "Angga ran" is ANGGARAN (and a budget's target segment) by repair; its "(Rp)" stands as printed
        assertThat(V.columnTerms(List.of("Angga ran (Rp)")).joined()).containsExactlyInAnyOrder(Term.ANGGARAN, Term.SEGMENT_TARGET);
        assertThat(V.columnTerms(List.of("Realisasi (Rp)")).joined()).isEmpty();
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
    void aRowLabelNamesTheScoreItselfNotAShareOrACountAboutIt() {
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Nilai SAKIP")).isTrue();
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Nilai LAKIP Kecamatan")).isTrue(); // "akip" inside "lakip"
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Nilai Akuntabilitas Kinerja Instansi Pemerintah")).isTrue();
        assertThat(V.names(Term.ROW_SCORE_IKM, "Indeks Kepuasan Masyarakat")).isTrue();
        assertThat(V.names(Term.ROW_SCORE_IKM, "Nilai IKM")).isTrue();
        // a share of OPDs, a count of documents: about the score, not the score
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Persentase SAKIP OPD kategori A")).isFalse();
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Jumlah laporan LAKIP yang disusun")).isFalse();
        assertThat(V.names(Term.ROW_SCORE_IKM, "Persentase unit layanan dengan IKM kategori baik")).isFalse();
        // only a word before the cue counts, and only as a whole word
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Nilai SAKIP (laporan hasil evaluasi)")).isTrue();
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Hasil evaluasi pelaporan SAKIP")).isTrue();
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Indeks Kepuasan Masyarakat")).isFalse();
    }

    @Test
    void aBudgetRowLabelNamesAProgramOrABelanjaType() {
        // FactExtractor hands the label lower case, without numbering and punctuation
        assertThat(V.names(Term.ROW_PROGRAM, "program penunjang urusan pemerintahan daerah")).isTrue();
        assertThat(V.names(Term.ROW_PROGRAM, "program")).isFalse();
        assertThat(V.names(Term.ROW_PROGRAM, "sub kegiatan program kerja")).isFalse();
        assertThat(V.names(Term.ROW_BELANJA_OPERASI, "belanja operasi")).isTrue();
        assertThat(V.names(Term.ROW_BELANJA_OPERASI, "belanja operasi lainnya")).isFalse(); // the whole label, not a part
        assertThat(V.names(Term.ROW_BELANJA_MODAL, "belanja modal")).isTrue();
        assertThat(V.names(Term.ROW_BELANJA_MODAL, "belanja operasi")).isFalse();
    }

    @Test
    void rowLabelTermsNameNoColumnCaptionOrSegment() {
        assertThat(V.column(List.of("Nilai SAKIP"))).doesNotContainKey(Term.ROW_SCORE_AKIP);
        assertThat(V.column(List.of("Program ", "Belanja Modal"))).doesNotContainKeys(Term.ROW_PROGRAM, Term.ROW_BELANJA_MODAL);
        assertThat(V.caption("Tabel 3.1 Nilai SAKIP dan Indeks Kepuasan Masyarakat"))
                .containsKey(Term.CAPTION_SCORE_AKIP).doesNotContainKeys(Term.ROW_SCORE_AKIP, Term.ROW_SCORE_IKM);
        assertThat(V.segment("Belanja Operasi")).doesNotContain(Term.ROW_BELANJA_OPERASI);
    }

    @Test
    void anAuditorAddsARowSynonymAndANotAfterWord() throws IOException {
        String good = Files.readString(Path.of("rules/vocabulary.yml"));
        // "Indeks Kepuasan Pelanggan" (a hospital's survey) as the IKM; the entry's own words are left as
        // they are (CONTRIBUTING's walk-through adds one there), this test adds its word in front
        String mine = addFirstWord(good, "ROW_SCORE_IKM", "contains", "kepuasan pelanggan");
        // a target is not the score it aims at
        mine = addFirstWord(mine, "ROW_SCORE_AKIP", "not-after", "target");
        Files.writeString(rules.resolve("vocabulary.yml"), mine);
        Vocabulary v = RulesSettings.load(rules).vocabulary();
        assertThat(v.names(Term.ROW_SCORE_IKM, "Indeks Kepuasan Pelanggan")).isTrue();
        assertThat(V.names(Term.ROW_SCORE_IKM, "Indeks Kepuasan Pelanggan")).isFalse();
        assertThat(v.names(Term.ROW_SCORE_AKIP, "Target nilai SAKIP")).isFalse();
        assertThat(V.names(Term.ROW_SCORE_AKIP, "Target nilai SAKIP")).isTrue();
        assertThat(v.entry(Term.ROW_SCORE_AKIP).notAfter()).startsWith("target", "persentase");
    }

    @Test
    void aWrongRowTermStopsTheStartWithItsLine() throws IOException {
        String good = Files.readString(Path.of("rules/vocabulary.yml"));
        int line = lineOf(good, "  ROW_SCORE_AKIP:");
        int notAfter = line + 1 + (int) good.lines().skip(line).takeWhile(l -> !l.startsWith("    not-after:")).count();
        Files.writeString(rules.resolve("vocabulary.yml"), good.replaceFirst("\n    not-after: \\[persentase", "\n    notafter: [persentase"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessageContaining("vocabulary.yml:" + notAfter).hasMessageContaining("kunci tidak dikenal 'notafter'");

        Files.writeString(rules.resolve("vocabulary.yml"), good.replace("in: label\n    contains: [sakip", "in: baris\n    contains: [sakip"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).hasMessageContaining("'in' tidak dikenal 'baris'")
                .hasMessageContaining("label");

        Files.writeString(rules.resolve("vocabulary.yml"), good.replaceFirst("not-after: \\[persentase", "not-after: [\"\", persentase"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).hasMessageContaining("vocabulary.yml:" + notAfter)
                .hasMessageContaining("kata kosong");

        // "is" and "starts" words stand first: a not-after word cannot stand before them
        int program = lineOf(good, "  ROW_PROGRAM:");
        String withStarts = replaceOnce(good, "starts: [\"program \"]\n", "starts: [\"program \"]\n    not-after: [sub]\n");
        int programNotAfter = program + 1 + (int) withStarts.lines().skip(program).takeWhile(l -> !l.startsWith("    not-after:")).count();
        Files.writeString(rules.resolve("vocabulary.yml"), withStarts);
        assertThatThrownBy(() -> RulesSettings.load(rules)).hasMessageContaining("vocabulary.yml:" + programNotAfter)
                .hasMessageContaining("'not-after' istilah 'ROW_PROGRAM' hanya berlaku bersama contains atau word");
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

    /** The yml with {@code word} first in the {@code key} list of the term's entry. */
    private static String addFirstWord(String yml, String term, String key, String word) {
        int entry = yml.indexOf("\n  " + term + ":\n");
        assertThat(entry).isNotNegative();
        int list = yml.indexOf("\n    " + key + ": [", entry) + ("\n    " + key + ": [").length();
        assertThat(list).isGreaterThan(entry);
        return yml.substring(0, list) + word + ", " + yml.substring(list);
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).containsOnlyOnce(from);
        return text.replace(from, to);
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(line) + 1;
    }
}
