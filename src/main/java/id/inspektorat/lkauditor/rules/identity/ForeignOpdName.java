package id.inspektorat.lkauditor.rules.identity;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.facts.OpdNameMatcher;
import id.inspektorat.lkauditor.intake.OpdNames;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.TableKind;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.settings.ReferenceData;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Another OPD's name in the report's running text, where the report speaks of itself: a paragraph
 * copied from a peer's LK ("pencapaian Sasaran Kinerja Kecamatan Datuk Lima Puluh" in Medang Deras's
 * report). The kabupaten's OPDs come from the reference data; only OPDs of the report's own kind
 * are looked for (a kecamatan copies from a kecamatan), and names that the report's peer
 * comparison tables quote, or that stand in a sentence about borders, are legitimate.
 */
@Component
@RuleInfo(id = "LK-ID-01", severity = Severity.WARNING, summary = "Nama OPD lain muncul dalam teks laporan (diduga salin dari laporan OPD lain)")
public final class ForeignOpdName implements AuditRule {

    private static final Pattern CAPTION_KECAMATAN = Pattern.compile("kecamatan\\s+([a-z ]+?)(?=\\s+dan\\s|\\s*\\)|$)");

    private static final String[] BORDER = {"berbatas", "sebelah", "perbatasan", "pemekaran"};
    /** A sentence where the report speaks of its own performance, not an address or a border. */
    private static final String[] ABOUT_ITSELF = {"kinerja", "sasaran", "capaian", "indikator", "target", "realisasi",
        "laporan", "pelayanan", "anggaran", "program", "kegiatan"};
    private final ReferenceData reference;

    public ForeignOpdName(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        String own = document.opd().toLowerCase(Locale.ROOT);
        String kind = own.startsWith("kecamatan") ? "kecamatan" : own.startsWith("dinas") ? "dinas"
                : own.startsWith("badan") ? "badan" : null;
        if (kind == null) {
            return findings;
        }
        // the OPD list of the report's own kabupaten only: a Dinas Pendidikan named in another
        // kabupaten's report is that kabupaten's, not a peer of the reference's
        Optional<String> kabupaten = ownKabupaten(document);
        if (kabupaten.isEmpty()) {
            return findings;
        }
        Set<String> peers = quotedPeers(document);
        List<String> names = reference.opdNames(kabupaten.get()).stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(kind))
                .filter(n -> !OpdNameMatcher.same(n, document.opd()) && !peers.contains(OpdNameMatcher.core(n)))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Set<String> reported = new HashSet<>();
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String n : names) {
            String core = OpdNameMatcher.core(n);
            patterns.put(n, Pattern.compile("\\b(kecamatan|kec\\.|dinas|badan)\\s+" + Pattern.quote(core) + "\\b"));
        }
        for (PageText page : document.pages()) {
            for (String text : SENTENCE_END.split(page.flowingText())) {
                String lower = text.toLowerCase(Locale.ROOT);
                if (NarrativeText.mentions(lower, BORDER) || !NarrativeText.mentions(lower, ABOUT_ITSELF)) {
                    continue;
                }
                lower = WHITESPACE.matcher(lower).replaceAll(" ");
                for (String n : names) {
                    String core = OpdNameMatcher.core(n);
                    if (!lower.contains(core)) {
                        continue;
                    }
                    Matcher m = patterns.get(n).matcher(lower);
                    if (m.find() && !longerNameAt(lower, m, names, core) && reported.add(core + "@" + page.page())) {
                        String shown = text.substring(m.start(), Math.min(text.length(), m.end()));
                        findings.add(new Finding(info().id(), info().severity(), page.page(), "", 0, "", "",
                                shown, document.opd(), "Teks menyebut '" + titleCase(core) + "' (" + n + "), bukan "
                                        + document.opd() + ": \"" + excerpt(text, m.start()) + "\"",
                                page.lineWith(shown, core).map(b -> new Finding.Geometry(null, null, b)).orElse(null)));
                    }
                }
            }
        }
        return findings;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9])");

    /** "Kecamatan Lima Puluh" inside "Kecamatan Lima Puluh Pesisir" is the longer name. */
    private static boolean longerNameAt(String text, Matcher m, List<String> names, String core) {
        String rest = text.substring(m.start());
        return names.stream().map(OpdNameMatcher::core).anyMatch(o -> o.length() > core.length() && o.startsWith(core)
                && rest.contains(o));
    }

    /** How many opening pages are searched for the report's kabupaten (title, foreword, summary). */
    private static final int OPENING_PAGES = 5;
    private static final Pattern REGION_WORD = Pattern.compile("(?i)^(kabupaten|kab\\.|kota)\\s+");

    /**
     * The reference's kabupaten/kota that the report's opening pages name ("Kabupaten Batu Bara" on its
     * title page), when exactly one is named; otherwise the report's OPD list is unknown.
     */
    private Optional<String> ownKabupaten(DocumentUnderAudit document) {
        StringBuilder opening = new StringBuilder();
        for (PageText page : document.pages()) {
            if (page.page() <= OPENING_PAGES) {
                opening.append(' ').append(page.flowingText());
            }
        }
        String text = WHITESPACE.matcher(opening.toString().toLowerCase(Locale.ROOT)).replaceAll(" ");
        List<String> named = reference.kabupatens().stream().filter(k -> {
            String name = REGION_WORD.matcher(k.trim()).replaceAll("").toLowerCase(Locale.ROOT);
            return !name.isEmpty() && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
        }).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static Set<String> quotedPeers(DocumentUnderAudit document) {
        Set<String> peers = new HashSet<>();
        for (Table t : document.tables()) {
            boolean peerTable = t.kind() == TableKind.PEER_COMPARISON || t.captionHas(Term.CAPTION_COMPARISON);
            if (!peerTable) {
                continue;
            }
            String caption = t.caption().toLowerCase(Locale.ROOT);
            Matcher m = CAPTION_KECAMATAN.matcher(caption);
            while (m.find()) {
                peers.add(OpdNameMatcher.core(m.group(1)));
            }
            for (Row r : t.rows()) {
                for (CellValue v : r.values()) {
                    if (!v.printed().isBlank()) {
                        peers.add(OpdNameMatcher.core(v.printed()));
                    }
                }
            }
        }
        return peers;
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 80);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static String titleCase(String s) {
        return OpdNames.titleCase(s);
    }
}
