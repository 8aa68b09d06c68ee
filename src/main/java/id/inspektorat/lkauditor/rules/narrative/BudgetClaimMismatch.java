package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.narrative.BudgetClaim;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.text.Texts;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A sentence that gives the anggaran, its realisasi and the percentage absorbed — "pagu anggaran
 * sebesar Rp 658.408.424.000,- dengan realisasi sebesar Rp 631.716.596.662,- atau 95,95 %" — whose
 * percentage is not realisasi / anggaran × 100 (spec §7's interval rule on the printed
 * percentage). Only a sentence with exactly one anggaran and one realisasi before the percentage is
 * read: "anggaran penetapan … anggaran perubahan … total" is not sure which two were divided.
 */
@Component
@RuleInfo(id = "LK-TXT-07", severity = Severity.ERROR,
        summary = "Persentase realisasi anggaran dalam teks tidak sama dengan realisasi dibagi anggaran yang disebut bersamanya")
public final class BudgetClaimMismatch implements AuditRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            String text = Texts.collapse(s.text());
            if (!text.contains("%") && !text.toLowerCase(Locale.ROOT).contains("persen")) {
                continue;
            }
            BudgetClaim.read(text).filter(c -> c.percent() != null).flatMap(c -> check(document, s, c.anggaran(),
                    c.anggaranPrinted(), c.realisasi(), c.realisasiPrinted(), c.percent())).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(DocumentUnderAudit document, Sentence s, BigDecimal budget, String budgetPrinted,
                                              BigDecimal spent, String spentPrinted, String percentPrinted) {
        if (budget.signum() <= 0 || spent.compareTo(budget.multiply(BigDecimal.valueOf(2))) > 0) {
            return Optional.empty(); // not an anggaran and its realisasi
        }
        CellValue percent = Claims.value(percentPrinted);
        int decimals = percent.decimals();
        BigDecimal ratio = spent.multiply(HUNDRED).divide(budget, Interval.MC);
        if (Rounding.holds(r -> Rounding.of(percent, false, r).contains(ratio))) {
            return Optional.empty();
        }
        String expected = Rounding.format(ratio, decimals);
        return Optional.of(Claims.onText(info(), s, percentPrinted + " %", expected,
                "Realisasi Rp " + spentPrinted + " / anggaran Rp " + budgetPrinted + " × 100 = " + expected
                        + " %, tertulis " + percentPrinted + " %", document.pages()));
    }
}
