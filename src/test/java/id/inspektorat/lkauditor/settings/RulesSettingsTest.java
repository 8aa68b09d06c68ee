package id.inspektorat.lkauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inspektorat.lkauditor.facts.FactExtractor;
import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.registry.RuleRegistry;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.capaian.CapaianMismatch;
import id.inspektorat.lkauditor.rules.totals.ColumnTotalMismatch;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesSettingsTest {

    @TempDir
    Path rules;

    @Test
    void theRepositoryScalesFollowTheRegulations() {
        RulesSettings s = RulesSettings.load(Path.of("rules"));
        RatingScale akip = s.scale("akip");
        assertThat(akip.gradeOf(new BigDecimal("70.00")).orElseThrow().grade()).isEqualTo("B");
        assertThat(akip.gradeOf(new BigDecimal("70.01")).orElseThrow().grade()).isEqualTo("BB");
        assertThat(akip.gradeOf(new BigDecimal("90.01")).orElseThrow().grade()).isEqualTo("AA");
        RatingScale ikm = s.scale("ikm");
        assertThat(ikm.gradeOf(new BigDecimal("88.31")).orElseThrow().grade()).isEqualTo("A");
        assertThat(ikm.gradeOf(new BigDecimal("88.30")).orElseThrow().grade()).isEqualTo("B");
        RatingScale capaian = s.scale("capaian");
        assertThat(capaian.gradeOf(new BigDecimal("96.64")).orElseThrow().grade()).isEqualTo("Sangat Tinggi");
        assertThat(capaian.gradeOf(new BigDecimal("89.07")).orElseThrow().grade()).isEqualTo("Tinggi");
        assertThat(capaian.gradeOf(new BigDecimal("50")).orElseThrow().grade()).isEqualTo("Sangat Rendah");
    }

    @Test
    void aNewRegulationIsANewFile() throws IOException {
        Files.createDirectories(rules.resolve("scales"));
        Files.writeString(rules.resolve("scales/akip-baru.yml"), """
                scale: akip
                regulation: Peraturan Baru 2030
                valid-from: 2030
                grades:
                  - grade: A
                    above: 50
                    up-to: 100
                  - grade: D
                    from: 0
                    up-to: 50
                """);
        RulesSettings s = RulesSettings.load(rules);
        assertThat(s.scale("akip").regulation()).isEqualTo("Peraturan Baru 2030");
        assertThat(s.scale("ikm").source()).contains("bawaan"); // the others fall back to the shipped ones
    }

    @Test
    void aBadScaleFailsWithFileAndLine() throws IOException {
        Files.createDirectories(rules.resolve("scales"));
        Files.writeString(rules.resolve("scales/akip.yml"), """
                scale: akip
                regulation: X
                valid-from: 2021
                grades:
                  - grade: A
                    above: delapan puluh
                """);
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessage("scales/akip.yml:6: bukan angka: 'delapan puluh'");
    }

    @Test
    void anUnknownKeyFailsWithFileAndLine() throws IOException {
        Files.writeString(rules.resolve("lk-auditor.yml"), """
                rules:
                  LK-CAP-01:
                    severty: WARNING
                """);
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessageStartingWith("lk-auditor.yml:3: kunci tidak dikenal 'severty'");
    }

    @Test
    void anUnknownRuleIdFailsAtStartUp() throws IOException {
        Files.writeString(rules.resolve("lk-auditor.yml"), """
                rules:
                  LK-NOPE-01:
                    enabled: false
                """);
        RulesSettings s = RulesSettings.load(rules);
        // the id is written on line 2: that is where to correct it
        assertThatThrownBy(() -> new RuleRegistry(List.of(new ColumnTotalMismatch()), s))
                .isInstanceOf(RulesConfigException.class).hasMessageContaining("lk-auditor.yml:2")
                .hasMessageContaining("LK-NOPE-01");
    }

    @Test
    void rulesCanBeSwitchedOffAndTheirSeverityChanged() throws IOException {
        Files.writeString(rules.resolve("lk-auditor.yml"), """
                rules:
                  LK-TOT-01:
                    enabled: false
                  LK-CAP-01:
                    severity: WARNING
                """);
        RulesSettings s = RulesSettings.load(rules);
        Table t = Tables.caption("Tabel 3.2")
                .row("No.", "Indikator", "Target", "Realisasi", "Capaian")
                .row("1", "IKM", "80,00", "80,00", "90,00")
                .row("2", "AKIP", "70,00", "70,00", "100,00")
                .row("JUMLAH", "", "150,00", "150,00", "500,00")
                .build();
        RuleRegistry registry = new RuleRegistry(List.of(new ColumnTotalMismatch(), new CapaianMismatch(s)), s);
        List<Finding> f = registry.run(new DocumentUnderAudit("d.pdf", 1, List.of(t), List.of(), new FactExtractor(s.vocabulary())));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-CAP-01");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }

    // --- scales by period (issue 16) -------------------------------------------------------------

    private static String akip(String regulation, String period) {
        return "scale: akip\nregulation: " + regulation + "\n" + period + "grades:\n  - grade: A\n    above: 50\n    up-to: 100\n"
                + "  - grade: D\n    from: 0\n    up-to: 50\n";
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(rules.resolve("scales"));
        Files.writeString(rules.resolve("scales/" + file), text);
    }

    @Test
    void theRepositoryScalesApplyFromTheirRegulationsYear() {
        RulesSettings s = RulesSettings.load(Path.of("rules"));
        // an LK for year N is evaluated in N + 1: 88/2021 from the LKs of 2021, 86/2017 and 14/2017 from 2017
        assertThat(s.scale("akip").validFrom()).isEqualTo(2021);
        assertThat(s.scale("capaian").validFrom()).isEqualTo(2017);
        assertThat(s.scale("ikm").validFrom()).isEqualTo(2017);
        assertThat(s.scale("akip", 2023)).isPresent();
        assertThat(s.scale("akip", 2020)).isEmpty();
        assertThat(s.scale("capaian", 2016)).isEmpty();
    }

    @Test
    void theReportsYearPicksTheScale() throws IOException {
        write("akip-lama.yml", akip("Lama", "valid-from: 2015\nvalid-to: 2020\n"));
        write("akip-baru.yml", akip("Baru", "valid-from: 2021\n"));
        RulesSettings s = RulesSettings.load(rules);
        assertThat(s.scale("akip", 2015).orElseThrow().regulation()).isEqualTo("Lama");
        assertThat(s.scale("akip", 2020).orElseThrow().regulation()).isEqualTo("Lama");
        assertThat(s.scale("akip", 2021).orElseThrow().regulation()).isEqualTo("Baru");
        assertThat(s.scale("akip", 2014)).isEmpty(); // before every scale: none
        assertThat(s.scales("akip", 0)).extracting(RatingScale::regulation).containsExactly("Baru", "Lama");
        // year 0: the two rate alike (same grades and bounds), so either is the scale
        assertThat(s.scale("akip", 0).orElseThrow().regulation()).isEqualTo("Baru");
    }

    @Test
    void anUnknownYearWithScalesThatRateDifferentlyHasNoScale() throws IOException {
        write("akip-lama.yml", akip("Lama", "valid-from: 2015\nvalid-to: 2020\n").replace("above: 50", "above: 60")
                .replace("up-to: 50", "up-to: 60"));
        write("akip-baru.yml", akip("Baru", "valid-from: 2021\n"));
        assertThat(RulesSettings.load(rules).scale("akip", 0)).isEmpty();
    }

    @Test
    void overlappingPeriodsFailWithFileAndLine() throws IOException {
        write("akip-lama.yml", akip("Lama", "valid-from: 2015\n"));
        write("akip-baru.yml", akip("Baru", "valid-from: 2021\n"));
        // the old scale has no valid-to: it still covers 2021; reported at the later file's valid-from (line 3)
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessageStartingWith("scales/akip-baru.yml:3: periode skala 'akip' 2021–")
                .hasMessageContaining("scales/akip-lama.yml");
    }

    @Test
    void aPeriodEndingInTheYearTheNextBeginsOverlaps() throws IOException {
        write("akip-lama.yml", akip("Lama", "valid-from: 2015\nvalid-to: 2021\n"));
        write("akip-baru.yml", akip("Baru", "valid-from: 2021\n"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).hasMessageStartingWith("scales/akip-baru.yml:3:");
    }

    @Test
    void validFromIsRequired() throws IOException {
        write("akip.yml", akip("X", ""));
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessage("scales/akip.yml:1: kunci wajib 'valid-from' tidak ada");
    }

    @Test
    void aValidFromThatIsNotAYearFailsWithFileAndLine() throws IOException {
        write("akip.yml", akip("X", "valid-from: 21\n"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessageStartingWith("scales/akip.yml:3: valid-from harus tahun laporan");
    }

    @Test
    void aValidToBeforeValidFromFailsWithFileAndLine() throws IOException {
        write("akip.yml", akip("X", "valid-from: 2021\nvalid-to: 2019\n"));
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessage("scales/akip.yml:4: valid-to 2019 sebelum valid-from 2021");
    }
}
