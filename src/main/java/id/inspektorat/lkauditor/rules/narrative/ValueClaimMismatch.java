package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.facts.OpdNameMatcher;
import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.intake.OpdNames;
import id.inspektorat.lkauditor.narrative.Claim;
import id.inspektorat.lkauditor.narrative.ClaimReader;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.TableKind;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.understanding.CapaianColumns;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A figure the text gives for a quantity the tables print differently: "Kecamatan Sei Balai
 * memperoleh Nilai BB (72,16)" for 2023 (table: 70,15), "Kecamatan Datuk Tanah Datar memperoleh
 * nilai 83,00" for 2022 (table: 83,64), "target awalnya BB (72,16)" (75,00), "mencapai target
 * 100%" (93,53), "Sasaran 2 ... dengan nilai 99,99 %" (the capaian table's second sasaran: 89,07).
 * The indicator (AKIP or IKM) and the year must be named in the sentence or the one before; a
 * claim about a quantity the tables do not give is not a finding. The claims are read by
 * {@link ClaimReader#levels}.
 */
@Component
@RuleInfo(id = "LK-TXT-02", severity = Severity.ERROR, summary = "Angka dalam teks berbeda dari angka tabel untuk besaran yang sama")
public final class ValueClaimMismatch implements AuditRule {

    private static final Pattern BUDGET_WORD = Pattern.compile(".*(penyerapan|anggaran|efisiensi).*");

    private static final Pattern SASARAN = Pattern.compile("(?i)\\bsasaran\\s+(\\d)\\b[^.]*?\\b(?:nilai|capaian)\\s+"
            + Claims.FIG + "\\s*(?:%|persen)");

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        Set<String> peers = document.facts().stream().map(Fact::subject).filter(x -> !x.isEmpty()).collect(Collectors.toSet());
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            String text = s.withoutReferences();
            List<Claim> levels = ClaimReader.levels(text);
            if (levels.isEmpty()) {
                continue;
            }
            String indicator = NarrativeText.indicator(text);
            String context = indicator != null ? null : NarrativeText.indicator(s.previous());
            // targets and capaian are tied to an indicator only when the sentence names it, and to the
            // sentence's last year (else the report's)
            int sentenceYear = Math.max(NarrativeText.yearBefore(text, text.length()), 0);
            sentenceYear = sentenceYear == 0 ? document.year() : sentenceYear;
            for (Claim c : levels) {
                if (c.role() == Claim.Role.REALISASI) {
                    String name = OpdNameMatcher.core(c.subject());
                    String subject = OpdNameMatcher.same(name, document.opd()) ? "" : peers.contains(name) ? name : null;
                    String ind = indicator != null ? indicator : context;
                    int year = year(text, c.start(), s.previous());
                    if (subject != null && ind != null && year > 0) {
                        compare(document, s, Claims.quantity(ind, "realisasi"), subject, year, c.figure().printed(), findings);
                    }
                } else if (indicator != null) {
                    String role = c.role() == Claim.Role.TARGET ? "target" : "capaian";
                    compare(document, s, Claims.quantity(indicator, role), "", sentenceYear, c.figure().printed(), findings);
                }
            }
        }
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            if (!s.text().toLowerCase(Locale.ROOT).contains("sasaran")) {
                continue;
            }
            Matcher m = SASARAN.matcher(s.withoutReferences());
            while (m.find()) {
                if (BUDGET_WORD.matcher(m.group().toLowerCase(Locale.ROOT)).matches()) {
                    continue; // a sasaran's budget, not its capaian
                }
                sasaran(document, s, Integer.parseInt(m.group(1)), m.group(2)).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static int year(String text, int position, String previous) {
        int y = NarrativeText.yearBefore(text, position);
        return y > 0 ? y : NarrativeText.yearBefore(previous, previous.length());
    }

    private void compare(DocumentUnderAudit document, Sentence s, Quantity q, String subject, int year, String claimed,
                         List<Finding> findings) {
        List<Fact> facts = Claims.facts(document.facts(), q, subject, year);
        if (facts.isEmpty() || facts.stream().anyMatch(f -> Claims.agrees(claimed, f.value().printed()))) {
            return;
        }
        Fact printed = Claims.mostPrinted(facts).orElseThrow();
        String who = subject.isEmpty() ? document.opd() : OpdNames.titleCase(subject);
        findings.add(Claims.onText(info(), s, claimed, printed.value().printed(), "Teks menyebut " + q.label() + " " + who
                + " tahun " + year + " " + claimed + ", tabel mencantumkan " + printed.value().printed() + " ("
                + printed.place() + ")", document.pages()));
    }

    /** "Sasaran 2 ... nilai 99,99 %": the capaian of the second sasaran in the capaian table. */
    private Optional<Finding> sasaran(DocumentUnderAudit document, Sentence s, int n, String claimed) {
        for (Table t : document.tables()) {
            if (t.kind() != TableKind.IKU_CAPAIAN || t.columns().stream().noneMatch(c -> c.has(Term.SASARAN))) {
                continue;
            }
            List<CapaianColumns.Triple> triples = CapaianColumns.triples(t);
            List<Row> rows = t.dataRows();
            if (triples.isEmpty() || rows.size() < n) {
                continue;
            }
            Row row = rows.stream().filter(r -> r.get(0).isNumber() && r.get(0).number().intValue() == n).findFirst()
                    .orElse(rows.get(n - 1));
            CellValue capaian = row.get(triples.get(0).capaian().index());
            if (!capaian.isNumber() || Claims.agrees(claimed, capaian.printed())) {
                return Optional.empty();
            }
            return Optional.of(Claims.onText(info(), s, claimed, capaian.printed(), "Teks menyebut capaian sasaran " + n
                    + " " + claimed + " %, " + t.name() + " (hlm " + row.page() + ", baris " + row.number()
                    + ") mencantumkan " + capaian.printed() + " untuk '" + row.label().toLowerCase(Locale.ROOT) + "'", document.pages()));
        }
        return Optional.empty();
    }
}
