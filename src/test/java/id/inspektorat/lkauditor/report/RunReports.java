package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.review.Verdict;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.List;
import java.util.Map;

/** A hand-built run for the format tests: one OPD, one document whose text tries to inject a formula and a script. */
final class RunReports {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\";\"klik\")";
    static final String SCRIPT = "<script>alert('x')</script>";

    private RunReports() {
    }

    static final Finding INJECTED = new Finding("LK-TOT-01", Severity.ERROR, 4, "Tabel 3.1", 7, SCRIPT, "Jumlah",
            "1.250,50", "1.300,00", FORMULA, null);
    static final Finding PLAIN = new Finding("LK-CAP-01", Severity.WARNING, 2, "Tabel 3.10", 0, "", "", "96,64", "",
            "capaian tidak sesuai", null);
    static final Finding FALSE_ALARM = new Finding("LK-TOT-02", Severity.ERROR, 5, "Tabel 3.2", 3, "Sub total", "kolom 4",
            "10", "12", "beda", null);

    static RunReport run() {
        DocumentRecord record = new DocumentRecord(1, 1, "dinas/lk-2023.pdf", "0123456789abcdef", 10, null, "Dinas <b>Uji</b>",
                null, null, null, null, null, DocumentStatus.AUDITED, 40, 12, 10, null, 2, null, null, false, null);
        Verdict salah = new Verdict("fp-3", Verdict.Kind.SALAH, "Budi", "2026-12-01", "=1+1 bukan temuan", "verdicts/uji.csv:2");
        Verdict benar = new Verdict("fp-2", Verdict.Kind.BENAR, "Sari", "2026-12-01", "", "verdicts/uji.csv:3");
        AuditedDocument doc = AuditedDocument.of(record, List.of(new ReviewedFinding(INJECTED, "fp-1", null),
                new ReviewedFinding(PLAIN, "fp-2", benar), new ReviewedFinding(FALSE_ALARM, "fp-3", salah)));
        return new RunReport(List.of(doc), Map.of(INJECTED, "dinas-b-uji-b/evidence/lk-2023-p4.png"),
                Map.of(doc.slug(), new Change(1, 0, 1)), List.of(), new RunInfo("/data/lk", "abc123", Map.of("LK-TOT-01", "jumlah")));
    }
}
