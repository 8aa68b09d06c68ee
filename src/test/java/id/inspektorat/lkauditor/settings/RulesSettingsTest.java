package id.inspektorat.lkauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                grades:
                  - grade: A
                    above: delapan puluh
                """);
        assertThatThrownBy(() -> RulesSettings.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessage("scales/akip.yml:5: bukan angka: 'delapan puluh'");
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
        List<Finding> f = registry.run(new DocumentUnderAudit("d.pdf", 1, List.of(t), List.of()));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-CAP-01");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }
}
