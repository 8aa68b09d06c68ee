package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.narrative.BudgetClaim;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.text.Texts;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A sentence's anggaran and realisasi ({@link BudgetClaim}) against the budget table's row that
 * prints the same anggaran (or the same realisasi): "pagu Rp 4.922.354.214 dengan realisasi Rp
 * 4.759.612.916" where the table's total row has 4.922.354.214 and 4.758.465.416. The row is found
 * by the figure the two agree on, so a sentence about a program is held to that program's row, not
 * to the total; a figure that several rows of different realisasi share, or amounts under a
 * million, tie nothing. Amounts of money are compared exactly.
 */
@Component
@RuleInfo(id = "LK-TXT-09", severity = Severity.ERROR,
        summary = "Anggaran atau realisasi anggaran dalam teks berbeda dari baris tabel anggaran yang sama")
public final class BudgetTextTableMismatch implements AuditRule {

    /** Each anggaran with its realisasi. */
    private static final Map<Quantity, Quantity> PAIRS = Map.of(Quantity.ANGGARAN_TOTAL, Quantity.REALISASI_TOTAL,
            Quantity.ANGGARAN_OPERASI, Quantity.REALISASI_OPERASI, Quantity.ANGGARAN_MODAL, Quantity.REALISASI_MODAL,
            Quantity.ANGGARAN_PROGRAM, Quantity.REALISASI_PROGRAM);
    private static final BigDecimal MIN_AMOUNT = BigDecimal.valueOf(1_000_000);

    /** A table row's anggaran and realisasi. */
    private record BudgetRow(Fact anggaran, Fact realisasi) {
    }

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<BudgetRow> rows = rows(document);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            Optional<BudgetClaim> claim = BudgetClaim.read(Texts.collapse(s.text()));
            if (claim.isEmpty() || claim.get().anggaran().compareTo(MIN_AMOUNT) < 0
                    || claim.get().realisasi().compareTo(MIN_AMOUNT) < 0) {
                continue;
            }
            BudgetClaim c = claim.get();
            List<BudgetRow> byAnggaran = rows.stream().filter(r -> same(r.anggaran(), c.anggaran())).toList();
            List<BudgetRow> byRealisasi = rows.stream().filter(r -> same(r.realisasi(), c.realisasi())).toList();
            if (!byAnggaran.isEmpty() && !byRealisasi.isEmpty()) {
                continue; // the sentence gives a row's figures (or two rows' alike): nothing differs
            }
            if (agreeing(byAnggaran, true)) {
                BudgetRow r = byAnggaran.get(0);
                findings.add(Claims.onText(info(), s, "Rp " + c.realisasiPrinted(), r.realisasi().value().printed(),
                        "Teks menyebut realisasi Rp " + c.realisasiPrinted() + " untuk anggaran Rp " + c.anggaranPrinted()
                                + ", " + r.realisasi().place() + " mencantumkan realisasi " + r.realisasi().value().printed()
                                + " untuk anggaran yang sama (" + r.anggaran().quantity().label() + ")", document.pages()));
            } else if (agreeing(byRealisasi, false)) {
                BudgetRow r = byRealisasi.get(0);
                findings.add(Claims.onText(info(), s, "Rp " + c.anggaranPrinted(), r.anggaran().value().printed(),
                        "Teks menyebut anggaran Rp " + c.anggaranPrinted() + " untuk realisasi Rp " + c.realisasiPrinted()
                                + ", " + r.anggaran().place() + " mencantumkan anggaran " + r.anggaran().value().printed()
                                + " untuk realisasi yang sama (" + r.realisasi().quantity().label() + ")", document.pages()));
            }
        }
        return findings;
    }

    /** The rows of the report year's budget tables that print an anggaran and its realisasi. */
    private static List<BudgetRow> rows(DocumentUnderAudit document) {
        List<BudgetRow> out = new ArrayList<>();
        for (Fact a : document.facts()) {
            Quantity paired = PAIRS.get(a.quantity());
            if (paired == null || !a.own() || document.year() != 0 && a.year() != document.year()) {
                continue;
            }
            document.facts().stream().filter(r -> r.quantity() == paired && r.table() == a.table() && r.row() == a.row()
                    && r.detail().equals(a.detail())).findFirst().ifPresent(r -> out.add(new BudgetRow(a, r)));
        }
        return out;
    }

    /** One row, or rows that all print the same other figure: the figure the sentence should give is sure. */
    private static boolean agreeing(List<BudgetRow> rows, boolean byAnggaran) {
        if (rows.isEmpty()) {
            return false;
        }
        BigDecimal first = (byAnggaran ? rows.get(0).realisasi() : rows.get(0).anggaran()).value().number();
        return rows.stream().allMatch(r -> (byAnggaran ? r.realisasi() : r.anggaran()).value().number().compareTo(first) == 0);
    }

    private static boolean same(Fact f, BigDecimal amount) {
        return f.value().number() != null && f.value().number().compareTo(amount) == 0;
    }
}
