package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.review.Verdict;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Static HTML beside the CSVs: a page per OPD (findings grouped by document and table, with their
 * evidence images, the recomputation in words, the documents' status) and {@code index.html} for the
 * run (OPDs sorted by errors, counts by rule and severity, what changed since the last run). No
 * script or style from outside; every link relative. Deterministic: no timestamps.
 */
public final class HtmlOutput implements OutputFormat {

    private static final String STYLE = """
            body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:24px;color:#1d2430;max-width:1200px}
            h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccd}h3{font-size:15px;margin:18px 0 6px}
            table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eef1f7}.ERROR{color:#fff;background:#c0392b}.WARNING{background:#f1c40f}.INFO{background:#d6e4f0}.BENAR{background:#2e8b57;color:#fff}
            .sev{padding:1px 6px;border-radius:3px;font-size:12px;font-weight:600}.finding{margin:10px 0 18px}
            .figures{font-family:monospace}img.ev{max-width:100%;border:1px solid #99a;margin-top:6px}.muted{color:#667}
            """;
    private static final String CHECK_IMAGES = """
            <script>window.addEventListener('load',function(){var i=document.images,ok=0;
            for(var k=0;k<i.length;k++){if(i[k].complete&&i[k].naturalWidth>0)ok++;}
            document.documentElement.setAttribute('data-images-total',i.length);
            document.documentElement.setAttribute('data-images-loaded',ok);});</script>
            """;

    /** Owns the {@code *.html} files directly in the output folder: last night's are removed first. */
    @Override
    public List<Path> write(RunReport run, Path output) throws IOException {
        Files.createDirectories(output);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "*.html")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
        Map<String, List<AuditedDocument>> byOpd = run.byOpd();
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<AuditedDocument>> e : byOpd.entrySet()) {
            Path file = output.resolve(e.getKey() + ".html");
            Files.writeString(file, opdPage(e.getKey(), e.getValue(), run.evidence()), StandardCharsets.UTF_8);
            written.add(file);
        }
        Path index = output.resolve("index.html");
        Files.writeString(index, index(byOpd, run.changes(), run.resolved(), run.info()), StandardCharsets.UTF_8);
        written.add(index);
        return written;
    }

    private String opdPage(String slug, List<AuditedDocument> docs, Map<Finding, String> evidence) {
        String opd = docs.get(0).opd();
        StringBuilder h = head(opd + " — LK Auditor");
        h.append("<p><a href=\"index.html\">← semua OPD</a> · <a href=\"").append(esc(slug)).append(".csv\">CSV</a></p>");
        h.append("<h1>").append(esc(opd)).append("</h1>");
        h.append("<table><tr><th>Dokumen</th><th>Status</th><th>Hlm</th><th>Tabel (dipahami)</th><th>Temuan</th><th>Keterangan</th></tr>");
        for (AuditedDocument d : docs) {
            h.append("<tr><td>").append(esc(d.record().path())).append("</td><td>").append(esc(d.record().status().name()))
                    .append("</td><td>").append(num(d.record().pages())).append("</td><td>").append(num(d.record().tables()))
                    .append(d.record().tablesUnderstood() == null ? "" : " (" + d.record().tablesUnderstood() + ")")
                    .append("</td><td>").append(d.findings().size()).append("</td><td>")
                    .append(esc(d.record().message() == null ? "" : d.record().message())).append("</td></tr>");
            if (d.record().message() != null && d.record().message().contains("Tabel tidak terbaca baik")) {
                // a document the tool could not read well must never look like a clean audit
                h.append("<tr><td colspan=\"6\" class=\"WARNING\">Perhatian: sebagian tabel dokumen ini tidak terbaca baik; "
                        + "temuan di halaman itu mungkin tidak lengkap, periksa halaman tersebut secara manual.</td></tr>");
            }
            String notUnderstood = d.record().notUnderstood();
            if (notUnderstood != null && !notUnderstood.isEmpty()) {
                // silence about a table the tool did not understand is no clean bill: say which
                h.append("<tr><td colspan=\"6\" class=\"INFO\">Tabel yang arti angkanya tidak dikenali (tidak diperiksa "
                        + "selain format angka dan baris berulang):<ul>");
                for (String line : notUnderstood.split("\n")) {
                    h.append("<li>").append(esc(line)).append("</li>");
                }
                h.append("</ul></td></tr>");
            }
        }
        h.append("</table>");
        if (docs.stream().anyMatch(d -> !d.findings().isEmpty())) {
            h.append("<p class=\"legend\">Gambar bukti: <span style=\"color:#dc1414\">■</span> angka tertulis yang keliru, "
                    + "<span style=\"color:#1e64dc\">■</span> angka yang dipakai menghitung ulang (pada halaman yang sama), "
                    + "<span style=\"color:#6e6e82\">■</span> barisnya bila angka dasarnya di halaman lain.</p>");
        }
        for (AuditedDocument d : docs) {
            if (d.findings().isEmpty()) {
                continue;
            }
            h.append("<h2>").append(esc(d.record().path())).append("</h2>");
            Map<String, List<ReviewedFinding>> byTable = new LinkedHashMap<>();
            d.findings().stream().sorted(READING)
                    .forEach(r -> byTable.computeIfAbsent(r.finding().table().isEmpty() ? "Teks (hlm " + r.finding().page() + ")"
                            : r.finding().table(), k -> new ArrayList<>()).add(r));
            for (Map.Entry<String, List<ReviewedFinding>> t : byTable.entrySet()) {
                h.append("<h3>").append(esc(t.getKey())).append("</h3>");
                for (ReviewedFinding r : t.getValue()) {
                    Finding f = r.finding();
                    h.append("<div class=\"finding\" data-fingerprint=\"").append(esc(r.fingerprint()))
                            .append("\"><span class=\"sev ").append(f.severity()).append("\">")
                            .append(f.severity()).append("</span> ");
                    if (r.confirmed()) {
                        h.append("<span class=\"sev BENAR\" title=\"").append(esc(verdictTitle(r.verdict())))
                                .append("\">BENAR</span> ");
                    }
                    h.append("<b>").append(esc(f.rule())).append("</b> · hlm ").append(f.page());
                    if (f.row() > 0) {
                        h.append(" · baris ").append(f.row());
                        if (!f.rowLabel().isBlank()) {
                            h.append(" (").append(esc(f.rowLabel())).append(")");
                        }
                    }
                    if (!f.column().isEmpty()) {
                        // an unnamed column is already "kolom 7"
                        h.append(f.column().startsWith("kolom ") ? " · " : " · kolom ").append(esc(f.column()));
                    }
                    h.append("<br><span class=\"figures\">tertulis ").append(esc(f.reported()));
                    if (!f.expected().isEmpty()) {
                        h.append(" → seharusnya ").append(esc(f.expected()));
                    }
                    h.append("</span><br>").append(esc(f.message()))
                            .append(" <span class=\"muted\">sidik ").append(esc(r.fingerprint())).append("</span>");
                    String image = evidence.get(f);
                    if (image != null && !image.isEmpty()) {
                        h.append("<br><a href=\"").append(esc(image)).append("\"><img class=\"ev\" alt=\"bukti ")
                                .append(esc(f.rule())).append("\" src=\"").append(esc(image)).append("\"></a>");
                    }
                    h.append("</div>");
                }
            }
        }
        List<Map.Entry<String, ReviewedFinding>> hidden = new ArrayList<>();
        for (AuditedDocument d : docs) {
            d.suppressed().stream().sorted(READING).forEach(r -> hidden.add(Map.entry(d.record().path(), r)));
        }
        if (!hidden.isEmpty()) {
            h.append("<h2>Ditandai SALAH oleh pemeriksa (tidak dihitung)</h2><table><tr><th>Dokumen</th><th>Hlm</th>"
                    + "<th>Aturan</th><th>Tabel</th><th>Baris</th><th>Kolom</th><th>Tertulis</th><th>Sidik</th><th>Verdik</th></tr>");
            for (Map.Entry<String, ReviewedFinding> e : hidden) {
                Finding f = e.getValue().finding();
                h.append("<tr class=\"suppressed\"><td>").append(esc(e.getKey())).append("</td><td>").append(f.page())
                        .append("</td><td>").append(esc(f.rule())).append("</td><td>").append(esc(f.table()))
                        .append("</td><td>").append(esc(f.rowLabel())).append("</td><td>").append(esc(f.column()))
                        .append("</td><td>").append(esc(f.reported())).append("</td><td>")
                        .append(esc(e.getValue().fingerprint())).append("</td><td>")
                        .append(esc(verdictTitle(e.getValue().verdict()))).append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static final Comparator<ReviewedFinding> READING = Comparator
            .<ReviewedFinding>comparingInt(r -> r.finding().page()).thenComparing(r -> r.finding().table())
            .thenComparingInt(r -> r.finding().row()).thenComparing(r -> r.finding().rule())
            .thenComparing(ReviewedFinding::fingerprint);

    /** "SALAH — Budi, 2026-12-01: kolom satuan ikut dijumlah (verdicts/real.csv:12)". */
    private static String verdictTitle(Verdict v) {
        StringBuilder t = new StringBuilder(v.kind().name());
        String who = String.join(", ", java.util.stream.Stream.of(v.reviewer(), v.date()).filter(x -> !x.isEmpty()).toList());
        if (!who.isEmpty()) {
            t.append(" — ").append(who);
        }
        if (!v.note().isEmpty()) {
            t.append(": ").append(v.note());
        }
        return t.append(" (").append(v.source()).append(')').toString();
    }

    private String index(Map<String, List<AuditedDocument>> byOpd, Map<String, Change> changes,
                         List<Verdict> resolved, RunInfo run) {
        StringBuilder h = head("LK Auditor — hasil audit");
        long docs = byOpd.values().stream().mapToLong(List::size).sum();
        Map<Severity, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        Change total = Change.NONE;
        for (List<AuditedDocument> list : byOpd.values()) {
            for (AuditedDocument d : list) {
                for (Finding f : d.reported()) {
                    bySeverity.merge(f.severity(), 1L, Long::sum);
                    byRule.merge(f.rule(), 1L, Long::sum);
                }
            }
        }
        for (Change c : changes.values()) {
            total = total.plus(c);
        }
        h.append("<h1>Hasil audit Laporan Kinerja</h1>");
        if (!run.input().isEmpty()) {
            h.append("<p class=\"muted\">Input: ").append(esc(run.input())).append(" · versi aturan ")
                    .append(esc(run.rulesVersion())).append("</p>");
        }
        h.append("<p>").append(byOpd.size()).append(" OPD, ").append(docs)
                .append(" dokumen · <a href=\"all-findings.csv\">semua temuan (CSV)</a> · <a href=\"documents.csv\">daftar dokumen (CSV)</a></p>");
        if (changes.isEmpty() || changes.values().stream().allMatch(c -> c.first())) {
            h.append("<p>Audit pertama atas dokumen-dokumen ini: belum ada audit sebelumnya untuk dibandingkan.</p>");
        } else {
            h.append("<p>Dibanding audit sebelumnya: <b>").append(total.fresh()).append("</b> temuan baru, <b>")
                    .append(total.fixed()).append("</b> sudah diperbaiki, <b>").append(total.open()).append("</b> masih terbuka.</p>");
        }
        long confirmed = byOpd.values().stream().flatMap(List::stream).flatMap(d -> d.findings().stream())
                .filter(ReviewedFinding::confirmed).count();
        long suppressed = byOpd.values().stream().flatMap(List::stream).mapToLong(d -> d.suppressed().size()).sum();
        h.append("<p>Verdik pemeriksa: <b>").append(confirmed).append("</b> temuan dikonfirmasi BENAR, <b>").append(suppressed)
                .append("</b> ditandai SALAH dan tidak dihitung (<a href=\"suppressed.csv\">suppressed.csv</a>), <b>")
                .append(resolved.size()).append("</b> verdik tanpa temuan lagi.</p>");
        h.append("<h2>OPD, diurutkan menurut jumlah kesalahan</h2><table><tr><th>OPD</th><th>Dokumen</th><th>ERROR</th>"
                + "<th>WARNING</th><th>INFO</th><th>Baru</th><th>Diperbaiki</th><th>Terbuka</th><th>Status dokumen</th></tr>");
        List<Map.Entry<String, List<AuditedDocument>>> sorted = new ArrayList<>(byOpd.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, List<AuditedDocument>>>comparingLong(e -> -count(e.getValue(), Severity.ERROR))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<AuditedDocument>> e : sorted) {
            Change c = changes.getOrDefault(e.getKey(), Change.NONE);
            String statuses = e.getValue().stream().map(d -> d.record().status().name()).distinct().sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("");
            h.append("<tr><td><a href=\"").append(esc(e.getKey())).append(".html\">")
                    .append(esc(e.getValue().get(0).opd())).append("</a></td><td>")
                    .append(e.getValue().size()).append("</td><td>").append(count(e.getValue(), Severity.ERROR))
                    .append("</td><td>").append(count(e.getValue(), Severity.WARNING)).append("</td><td>")
                    .append(count(e.getValue(), Severity.INFO)).append("</td><td>").append(c.fresh()).append("</td><td>")
                    .append(c.fixed()).append("</td><td>").append(c.open()).append("</td><td>").append(esc(statuses))
                    .append("</td></tr>");
        }
        h.append("</table><h2>Menurut tingkat</h2><table><tr><th>Tingkat</th><th>Temuan</th></tr>");
        bySeverity.forEach((k, v) -> h.append("<tr><td><span class=\"sev ").append(k).append("\">").append(k)
                .append("</span></td><td>").append(v).append("</td></tr>"));
        h.append("</table><h2>Menurut aturan</h2><table><tr><th>Aturan</th><th>Temuan</th></tr>");
        byRule.forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td>").append(v).append("</td></tr>"));
        h.append("</table>");
        List<AuditedDocument> notClean = byOpd.values().stream().flatMap(List::stream)
                .filter(d -> d.record().status() != DocumentStatus.AUDITED || d.record().message() != null
                        && d.record().message().contains("Tabel tidak terbaca baik"))
                .sorted(Comparator.comparing(d -> d.record().path())).toList();
        if (!notClean.isEmpty()) {
            h.append("<h2>Dokumen yang tidak diperiksa, atau tidak terbaca baik</h2><table><tr><th>Dokumen</th><th>Status</th>"
                    + "<th>Sebab</th></tr>");
            for (AuditedDocument d : notClean) {
                h.append("<tr><td>").append(esc(d.record().path())).append("</td><td>").append(esc(d.record().status().name()))
                        .append("</td><td>").append(esc(d.record().message() == null ? "" : d.record().message())).append("</td></tr>");
            }
            h.append("</table>");
        }
        if (!run.rules().isEmpty()) {
            h.append("<h2>Yang diperiksa</h2><table><tr><th>Aturan</th><th>Memeriksa</th></tr>");
            run.rules().forEach((id, what) -> h.append("<tr><td>").append(esc(id)).append("</td><td>").append(esc(what))
                    .append("</td></tr>"));
            h.append("</table>");
        }
        if (!resolved.isEmpty()) {
            h.append("<h2>Verdik yang temuannya tidak muncul lagi (laporan sudah diperbaiki atau tidak diserahkan)</h2>"
                    + "<table><tr><th>Sidik</th><th>Verdik</th><th>Pemeriksa</th><th>Tanggal</th><th>Catatan</th><th>Sumber</th></tr>");
            for (Verdict v : resolved) {
                h.append("<tr class=\"resolved\"><td>").append(esc(v.fingerprint())).append("</td><td>").append(v.kind())
                        .append("</td><td>").append(esc(v.reviewer())).append("</td><td>").append(esc(v.date()))
                        .append("</td><td>").append(esc(v.note())).append("</td><td>").append(esc(v.source()))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static long count(List<AuditedDocument> docs, Severity s) {
        return docs.stream().flatMap(d -> d.reported().stream()).filter(f -> f.severity() == s).count();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style>").append(CHECK_IMAGES).append("</head><body>");
    }

    private static String num(Integer n) {
        return n == null ? "" : n.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
