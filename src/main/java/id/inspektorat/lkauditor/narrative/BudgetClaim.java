package id.inspektorat.lkauditor.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence's budget claim: one anggaran (pagu) and one realisasi in rupiah, and the percentage
 * absorbed when one follows them — "pagu anggaran sebesar Rp 658.408.424.000,- dengan realisasi
 * sebesar Rp 631.716.596.662,- atau 95,95 %". A sentence is read only when its first amounts are
 * exactly one of each, each said to be which: "anggaran penetapan … anggaran perubahan … total", or
 * an amount of something else first, does not say which two belong together.
 *
 * @param percent the percentage as printed ("95,95"), or null when none follows
 */
public record BudgetClaim(BigDecimal anggaran, String anggaranPrinted, BigDecimal realisasi, String realisasiPrinted,
                          String percent) {

    /** "Rp. 12.106.750.000,-", "Rp 400.000.000,00": rupiah with thousands separators. */
    private static final Pattern AMOUNT = Pattern.compile("(?i)\\brp\\.?\\s*(\\d{1,3}(?:\\.\\d{3}){2,})(?:,(?:00|-))?(?:,-)?");
    private static final Pattern PERCENT = Pattern.compile("(?i)^[^\\d]{0,30}?\\b(?:atau|sebesar|yaitu|dengan persentase|=)?\\s*\\(?\\s*"
            + "(\\d{1,3},\\d{1,2})\\s*(?:%|persen)");
    private static final Pattern SPENT = Pattern.compile("(?i)realisasi|terealisasi|penyerapan|terserap|serapan");
    private static final Pattern BUDGET = Pattern.compile("(?i)anggaran|pagu|alokasi|dana");

    /** The budget claim of a sentence (spaces already collapsed), if it makes one. */
    public static Optional<BudgetClaim> read(String text) {
        if (!SPENT.matcher(text).find()) {
            return Optional.empty();
        }
        List<BigDecimal> budgets = new ArrayList<>();
        List<String> budgetPrinted = new ArrayList<>();
        List<BigDecimal> spent = new ArrayList<>();
        List<String> spentPrinted = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String before = text.substring(previousEnd, m.start());
            BigDecimal amount = new BigDecimal(m.group(1).replace(".", ""));
            if (SPENT.matcher(before).find()) {
                spent.add(amount);
                spentPrinted.add(m.group(1));
            } else if (BUDGET.matcher(before).find()) {
                budgets.add(amount);
                budgetPrinted.add(m.group(1));
            } else {
                return Optional.empty(); // an amount of something else: which two go together is not sure
            }
            previousEnd = m.end();
            if (budgets.size() > 1 || spent.size() > 1) {
                return Optional.empty();
            }
            if (budgets.size() == 1 && spent.size() == 1) {
                Matcher p = PERCENT.matcher(text.substring(previousEnd));
                return Optional.of(new BudgetClaim(budgets.get(0), budgetPrinted.get(0), spent.get(0), spentPrinted.get(0),
                        p.find() ? p.group(1) : null));
            }
        }
        return Optional.empty();
    }
}
