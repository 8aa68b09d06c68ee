package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.LkAuditorApplication;
import id.inspektorat.lkauditor.fixtures.CsvFiles;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.TableSpec;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports checked against each other: a peer's AKIP quoted in one LK against the peer's own LK in
 * the same batch, and this year's history table against last year's LK of the same OPD from an
 * earlier run (the H2 history). Figures are set by hand below.
 */
class CrossReportTest {

    @TempDir
    Path work;

    /** An LK with its own AKIP for the year, a history row for the year before, and a quoted peer. */
    private static LkPdfBuilder report(String opd, int year, String akip, String lastYear, String peer, String peerAkip) {
        // capaian = realisasi / 70,00 × 100, worked out per call below
        LkPdfBuilder b = new LkPdfBuilder().titlePage(opd, "Kabupaten Contoh", year);
        b.heading("BAB III AKUNTABILITAS KINERJA");
        b.table(new TableSpec("Tabel 3.1 Capaian Indikator Kinerja Utama", 25, 170, 70, 70, 70)
                .header("No.", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
                .row("1", "Nilai Evaluasi AKIP", "70,00", akip, capaian(akip)));
        if (lastYear != null) {
            b.table(new TableSpec("Tabel 3.5 Perbandingan Nilai AKIP", 170, 90, 90)
                    .header("Indikator Kinerja", "Realisasi " + (year - 1), "Realisasi " + year)
                    .row("Nilai Evaluasi AKIP", lastYear, akip));
        }
        if (peer != null) {
            b.table(new TableSpec("Tabel 3.8 Perbandingan dengan Kecamatan Sejenis", 25, 150, 120, 80)
                    .header("No", "Kecamatan", "Indikator Kinerja", "Realisasi " + year)
                    .row("1", opd, "Nilai Evaluasi AKIP", akip)
                    .row("2", peer, "", peerAkip));
        }
        return b;
    }

    private static String capaian(String akip) {
        BigDecimal v = new BigDecimal(akip.replace(',', '.'))
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(70), 2, RoundingMode.HALF_UP);
        return v.toPlainString().replace('.', ',');
    }

    private int run(Path input) {
        return LkAuditorApplication.run(new String[]{"--input=" + input, "--output=" + work.resolve("out"),
                "--rules=" + work.resolve("rules"), "--threads=2"});
    }

    @Test
    void peerFiguresAndHistoryAreCheckedAgainstTheirOwnReports() {
        // an earlier night: Alpha's 2022 LK says its AKIP 2022 was 69,50
        Path earlier = work.resolve("in-2022");
        report("Kecamatan Alpha", 2022, "69,50", null, null, null).save(earlier.resolve("kecamatan-alpha/lk-2022.pdf"));
        assertThat(run(earlier)).isZero();

        // tonight: Alpha 2023 quotes Beta's AKIP 2023 as 71,00 (Beta's own LK: 73,00) and rewrites its own 2022 as 68,50;
        // Gamma quotes Beta correctly and its history matches nothing earlier (no finding either way)
        Path tonight = work.resolve("in-2023");
        report("Kecamatan Alpha", 2023, "72,00", "68,50", "Kecamatan Beta", "71,00").save(tonight.resolve("kecamatan-alpha/lk-2023.pdf"));
        report("Kecamatan Beta", 2023, "73,00", null, null, null).save(tonight.resolve("kecamatan-beta/lk-2023.pdf"));
        report("Kecamatan Gamma", 2023, "74,00", "70,50", "Kecamatan Beta", "73,00").save(tonight.resolve("kecamatan-gamma/lk-2023.pdf"));
        assertThat(run(tonight)).isZero();

        List<Map<String, String>> alpha = CsvFiles.read(work.resolve("out/kecamatan-alpha.csv"));
        assertThat(alpha).anySatisfy(r -> {
            assertThat(r.get("rule")).isEqualTo("LK-PEER-01");
            assertThat(r.get("table")).isEqualTo("Tabel 3.8");
            assertThat(r.get("reported")).isEqualTo("71,00");
            assertThat(r.get("expected")).isEqualTo("73,00");
            assertThat(r.get("message")).contains("kecamatan-beta/lk-2023.pdf");
        });
        assertThat(alpha).anySatisfy(r -> {
            assertThat(r.get("rule")).isEqualTo("LK-HIST-01");
            assertThat(r.get("table")).isEqualTo("Tabel 3.5");
            assertThat(r.get("reported")).isEqualTo("68,50");
            assertThat(r.get("expected")).isEqualTo("69,50");
            assertThat(r.get("message")).contains("lk-2022.pdf");
        });
        assertThat(alpha).extracting(r -> r.get("rule")).containsOnly("LK-PEER-01", "LK-HIST-01");
        // both show where this report prints the figure: an image with the cell outlined in red
        for (Map<String, String> r : alpha) {
            assertThat(r.get("evidence")).as(r.get("rule")).isNotBlank();
            Path image = work.resolve("out").resolve(r.get("evidence"));
            assertThat(image).as(r.get("rule")).exists();
            assertThat(hasRed(image)).as("red outline in %s", image.getFileName()).isTrue();
        }
        assertThat(CsvFiles.read(work.resolve("out/kecamatan-gamma.csv"))).isEmpty();
        assertThat(CsvFiles.read(work.resolve("out/kecamatan-beta.csv"))).isEmpty();

        // a restart-safe rerun of the same night writes the same cross-report findings once
        assertThat(run(tonight)).isZero();
        assertThat(CsvFiles.read(work.resolve("out/kecamatan-alpha.csv"))).hasSize(alpha.size());
    }

    @Test
    void anLksTargetIsCheckedAgainstThePerjanjianKinerjaOfItsOpdAndYear() {
        // tonight: Alpha's PK 2023 sets the AKIP target at 75,00; its LK 2023 measures against 70,00
        Path tonight = work.resolve("in-pk");
        LkPdfBuilder pk = new LkPdfBuilder();
        pk.heading("PERJANJIAN KINERJA TAHUN 2023");
        pk.paragraph("Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.");
        pk.table(new TableSpec("Tabel 1 Sasaran dan Target Kinerja", 25, 200, 150, 70)
                .header("No.", "Sasaran Strategis", "Indikator Kinerja", "Target")
                .row("1", "Meningkatnya akuntabilitas kinerja", "Nilai Evaluasi AKIP", "75,00"));
        pk.save(tonight.resolve("kecamatan-alpha/pk-2023.pdf"));
        report("Kecamatan Alpha", 2023, "72,00", null, null, null).save(tonight.resolve("kecamatan-alpha/lk-2023.pdf"));
        // Beta's LK uses the target its own PK set
        report("Kecamatan Beta", 2023, "73,00", null, null, null).save(tonight.resolve("kecamatan-beta/lk-2023.pdf"));
        LkPdfBuilder betaPk = new LkPdfBuilder();
        betaPk.heading("PERJANJIAN KINERJA TAHUN 2023");
        betaPk.table(new TableSpec("Tabel 1 Sasaran dan Target Kinerja", 25, 200, 150, 70)
                .header("No.", "Sasaran Strategis", "Indikator Kinerja", "Target")
                .row("1", "Meningkatnya akuntabilitas kinerja", "Nilai Evaluasi AKIP", "70,00"));
        betaPk.save(tonight.resolve("kecamatan-beta/pk-2023.pdf"));
        assertThat(run(tonight)).isZero();

        Map<String, Map<String, String>> docs = CsvFiles.read(work.resolve("out/documents.csv")).stream()
                .collect(Collectors.toMap(d -> d.get("document"), d -> d));
        assertThat(docs.get("kecamatan-alpha/pk-2023.pdf").get("kind")).isEqualTo("PK");
        assertThat(docs.get("kecamatan-alpha/pk-2023.pdf").get("year")).isEqualTo("2023");
        List<Map<String, String>> alpha = CsvFiles.read(work.resolve("out/kecamatan-alpha.csv"));
        assertThat(alpha).singleElement().satisfies(r -> {
            assertThat(r.get("document")).isEqualTo("kecamatan-alpha/lk-2023.pdf");
            assertThat(r.get("rule")).isEqualTo("LK-PK-01");
            assertThat(r.get("table")).isEqualTo("Tabel 3.1");
            assertThat(r.get("reported")).isEqualTo("70,00");
            assertThat(r.get("expected")).isEqualTo("75,00");
            assertThat(r.get("message")).contains("kecamatan-alpha/pk-2023.pdf");
        });
        assertThat(CsvFiles.read(work.resolve("out/kecamatan-beta.csv"))).isEmpty();
    }

    private static boolean hasRed(Path png) {
        try {
            BufferedImage img = ImageIO.read(png.toFile());
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int p = img.getRGB(x, y);
                    if (((p >> 16) & 0xFF) > 200 && ((p >> 8) & 0xFF) < 60 && (p & 0xFF) < 60) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
