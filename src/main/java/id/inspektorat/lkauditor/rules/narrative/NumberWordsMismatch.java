package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.narrative.IndonesianNumbers;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A numeral with its words in brackets that say another number: "2 (tiga) orang", "86 (Seratus
 * Delapan Puluh Tujuh)", "urutan XIII (delapan)". A Roman numeral is read only in capitals and in its
 * regular form (I to XXXIX), and only when the brackets hold number words: "C (Cukup)" is a predikat.
 */
@Component
@RuleInfo(id = "LK-TXT-04", severity = Severity.ERROR, summary = "Angka dan tulisan hurufnya berbeda")
public final class NumberWordsMismatch implements AuditRule {

    private static final Pattern NUMERAL_WORDS = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})*)\\s*\\(\\s*([A-Za-z][A-Za-z -]{2,80}?)\\s*\\)");
    private static final Pattern ROMAN_WORDS = Pattern.compile("(?<![\\p{L}\\d.])(X{0,3}(?:IX|IV|V?I{0,3}))\\s*\\(\\s*([A-Za-z][A-Za-z -]{2,80}?)\\s*\\)");

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            if (s.text().indexOf('(') < 0) {
                continue; // both patterns need the bracket the words stand in
            }
            Matcher m = NUMERAL_WORDS.matcher(s.text());
            while (m.find()) {
                compare(document, s, m, Long.parseLong(m.group(1).replace(".", "")), "").ifPresent(findings::add);
            }
            m = ROMAN_WORDS.matcher(s.text());
            while (m.find()) {
                if (!m.group(1).isEmpty()) {
                    long numeral = roman(m.group(1));
                    compare(document, s, m, numeral, " (" + numeral + ")").ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    /** The numeral (group 1) against its words (group 2); {@code value} says a Roman numeral's worth. */
    private Optional<Finding> compare(DocumentUnderAudit document, Sentence s, Matcher m, long numeral, String value) {
        OptionalLong words = IndonesianNumbers.parse(m.group(2));
        if (words.isEmpty() || words.getAsLong() == numeral) {
            return Optional.empty();
        }
        return Optional.of(Claims.onText(info(), s, m.group(1) + " (" + m.group(2).trim() + ")", Long.toString(words.getAsLong()),
                "Angka " + m.group(1) + value + " ditulis dengan huruf '" + m.group(2).trim() + "' (" + words.getAsLong() + ")",
                document.pages()));
    }

    /** The value of a Roman numeral in its regular form (the pattern admits no other). */
    static long roman(String numeral) {
        long total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = value(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && value(numeral.charAt(i + 1)) > v;
            total += subtract ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return c == 'X' ? 10 : c == 'V' ? 5 : 1;
    }
}
