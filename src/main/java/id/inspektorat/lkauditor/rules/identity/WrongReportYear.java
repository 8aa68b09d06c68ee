package id.inspektorat.lkauditor.rules.identity;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The report naming itself for another year: "Laporan Kinerja ( LK ) Tahun 2022 ini" in the 2023
 * report. Earlier reports cited in the text are not the report itself, and a document that is not an
 * LK names an LK only to cite it (the LHE of 2023 evaluates "Laporan Kinerja Tahun 2022" on its cover).
 */
@Component
@RuleInfo(id = "LK-ID-02", severity = Severity.WARNING, summary = "Laporan menyebut dirinya untuk tahun yang lain")
public final class WrongReportYear implements AuditRule {

    private static final Pattern SELF = Pattern.compile(
            "(?i)\\b(laporan kinerja|lakip|lkjip|lkip)\\b\\s*(\\(\\s*[a-z]+\\s*\\))?\\s*(instansi pemerintah\\s*)?tahun\\s+(20\\d{2})\\b");

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        if (document.year() == 0 || document.isOtherThanLk()) {
            return findings;
        }
        for (PageText page : document.pages()) {
            {
                Matcher m = SELF.matcher(page.flowingText());
                while (m.find()) {
                    int year = Integer.parseInt(m.group(4));
                    if (year != document.year() && namesItself(page, m, year, document.year())) {
                        findings.add(new Finding(info().id(), info().severity(), page.page(), "", 0, "", "",
                                Integer.toString(year), Integer.toString(document.year()),
                                "Teks menyebut \"" + m.group() + "\" dalam laporan tahun " + document.year(),
                                page.lineWith(m.group(), "tahun " + year).map(b -> new Finding.Geometry(null, null, b))
                                        .orElse(null)));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The report naming itself, not citing another report: on its cover or title page, followed by
     * "ini" ("Laporan Kinerja Tahun 2022 ini menyajikan ..."), or naming a year after its own. An
     * earlier year elsewhere is a comparison ("capaian pada Laporan Kinerja tahun 2019"), in an LK as
     * in a Renstra that reviews the previous period.
     */
    private static boolean namesItself(PageText page, Matcher m, int year, int own) {
        if (page.page() <= 2 || year > own) {
            return true;
        }
        String after = page.flowingText().substring(m.end(), Math.min(page.flowingText().length(), m.end() + 20));
        return THIS.matcher(after).lookingAt();
    }

    private static final Pattern THIS = Pattern.compile("(?i)\\s*(\\(\\s*[a-z]+\\s*\\)\\s*)?ini\\b");
}
