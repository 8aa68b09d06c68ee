package id.inspektorat.lkauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlOutputTest {

    @TempDir
    Path output;

    @Test
    void writesThePagesWithEveryDocumentStringEscaped() throws Exception {
        Files.writeString(output.resolve("opd-gone.html"), "stale");
        Files.writeString(output.resolve("keep.csv"), "not mine");
        RunReport run = RunReports.run();
        String slug = run.documents().get(0).slug();

        List<Path> written = new HtmlOutput().write(run, output);

        assertThat(written).containsExactly(output.resolve(slug + ".html"), output.resolve("index.html"));
        assertThat(output.resolve("opd-gone.html")).doesNotExist();
        assertThat(output.resolve("keep.csv")).exists();
        String page = Files.readString(output.resolve(slug + ".html"));
        assertThat(page).startsWith("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Dinas &lt;b&gt;Uji&lt;/b&gt; — LK Auditor</title>")
                .endsWith("</body></html>\n")
                .contains("<h1>Dinas &lt;b&gt;Uji&lt;/b&gt;</h1>")
                .contains(" · baris 7 (&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;) · kolom Jumlah")
                .contains("<br>=HYPERLINK(&quot;http://evil.example&quot;;&quot;klik&quot;) <span class=\"muted\">sidik fp-1</span>")
                .contains("<img class=\"ev\" alt=\"bukti LK-TOT-01\" src=\"dinas-b-uji-b/evidence/lk-2023-p4.png\">")
                .contains("<span class=\"sev BENAR\" title=\"BENAR — Sari, 2026-12-01 (verdicts/uji.csv:3)\">BENAR</span>")
                .contains("<tr class=\"suppressed\"><td>dinas/lk-2023.pdf</td><td>5</td><td>LK-TOT-02</td>")
                .doesNotContain("<script>alert").doesNotContain("<b>Uji");
        assertThat(page.split("<script>", -1)).as("only the page's own image check").hasSize(2);
        String index = Files.readString(output.resolve("index.html"));
        assertThat(index).contains("<p class=\"muted\">Input: /data/lk · versi aturan abc123</p>")
                .contains("<a href=\"" + slug + ".html\">Dinas &lt;b&gt;Uji&lt;/b&gt;</a>")
                .contains("<b>1</b> temuan baru, <b>0</b> sudah diperbaiki, <b>1</b> masih terbuka.")
                .contains("<tr><td>LK-TOT-01</td><td>jumlah</td></tr>")
                .doesNotContain("<b>Uji");
    }

    @Test
    void controlCharactersFromAPdfBecomeSpaces() {
        assertThat(ReportHtml.escape("a\u0000b\u0007c\td\ne<&>\"'")).isEqualTo("a b c\td\ne&lt;&amp;&gt;&quot;&#39;");
    }

    @Test
    void theSameRunGivesTheSameBytes() throws Exception {
        new HtmlOutput().write(RunReports.run(), output);
        String first = Files.readString(output.resolve("index.html")) + Files.readString(output.resolve("dinas-b-uji-b.html"));
        new HtmlOutput().write(RunReports.run(), output);
        assertThat(Files.readString(output.resolve("index.html")) + Files.readString(output.resolve("dinas-b-uji-b.html")))
                .isEqualTo(first);
    }
}
