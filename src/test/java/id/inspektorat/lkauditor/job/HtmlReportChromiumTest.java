package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's HTML in a real headless Chromium (Debian package; `.ci/run` installs it): every page
 * renders, every evidence image loads, every link resolves. Skipped where Chromium is absent.
 */
class HtmlReportChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");

    @TempDir
    Path work;

    @Test
    void theReportPagesRenderWithAllImagesAndLinks() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at /usr/bin/chromium");
        SampleReports.writeAll(work.resolve("input"));
        Path out = work.resolve("out");
        assertThat(LkAuditorApplication.run(new String[]{"--input=" + work.resolve("input"), "--output=" + out})).isZero();

        List<Path> pages = new ArrayList<>();
        try (var files = Files.list(out)) {
            files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        assertThat(pages).extracting(p -> p.getFileName().toString())
                .contains("index.html", "kecamatan-contoh-sejahtera.html", "kecamatan-contoh-makmur.html");
        int images = 0;
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                assertThat(out.resolve(m.group(1))).as("link %s in %s", m.group(1), page.getFileName()).exists();
            }
            String dom = dumpDom(page);
            Matcher total = Pattern.compile("data-images-total=\"(\\d+)\"").matcher(dom);
            Matcher loaded = Pattern.compile("data-images-loaded=\"(\\d+)\"").matcher(dom);
            assertThat(total.find() && loaded.find()).as("Chromium ran the page's load check: %s", page).isTrue();
            assertThat(loaded.group(1)).as("images loaded in %s", page.getFileName()).isEqualTo(total.group(1));
            images += Integer.parseInt(total.group(1));
            assertThat(dom).contains("</body>");
        }
        // every finding of the sample with errors has its image
        assertThat(images).isGreaterThanOrEqualTo((int) SampleReports.PLANTED.stream()
                .filter(p -> p.document().equals(SampleReports.WITH_ERRORS)).count());
    }

    private String dumpDom(Path page) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--allow-file-access-from-files", "--virtual-time-budget=5000",
                "--dump-dom", page.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return dom;
    }
}
