package id.inspektorat.lkauditor.evidence;

import id.inspektorat.lkauditor.intake.DocumentStatus;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.extraction.EvidenceRenderer;
import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.report.AuditedDocument;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache without a PDF: a drawer that writes bytes stands in for the PDFBox one. */
class EvidenceImagesTest {

    @TempDir
    Path dir;

    private final List<EvidenceRenderer.Request> drawn = new ArrayList<>();

    private final EvidenceDrawer drawer = (documentPath, requests) -> {
        assertThat(documentPath).isEqualTo("lk-2023.pdf");
        for (EvidenceRenderer.Request r : requests) {
            drawn.add(r);
            Files.createDirectories(r.target().getParent());
            Files.writeString(r.target(), "png of page " + r.page());
        }
    };

    private static AuditedDocument document(Finding... findings) {
        DocumentRecord record = new DocumentRecord(1, 1, "lk-2023.pdf", "0123456789abcdef", 10, null, "Kecamatan Uji",
                null, null, null, null, null, DocumentStatus.AUDITED, 4, 1, 1, null, findings.length, null, null, false, null);
        return AuditedDocument.of(record, List.of(findings).stream()
                .map(f -> new ReviewedFinding(f, f.rule(), null)).toList());
    }

    private static Finding total(int row) {
        Box table = new Box(100, 50, 300, 450);
        return new Finding("LK-TOT-01", Severity.ERROR, 4, "Tabel 3.1", row, "JUMLAH", "Jumlah", "10", "12", "beda",
                new Finding.Geometry(table, new Box(280, 50, 300, 450), new Box(280, 300, 300, 450), List.of(), null));
    }

    @Test
    void drawsOnlyWhatTheCacheLacksAndPlacesItUnderTheOpd() throws Exception {
        EvidenceImages images = EvidenceImages.in(dir.resolve("data"));
        Path output = dir.resolve("output");
        Finding finding = total(7);
        Map<Finding, String> placed = images.place(output, List.of(document(finding)), drawer);
        assertThat(drawn).singleElement().satisfies(r -> {
            assertThat(r.page()).isEqualTo(4);
            assertThat(r.target().getParent()).isEqualTo(dir.resolve("data/evidence"));
            assertThat(r.caption()).isEqualTo("lk-2023.pdf · hlm 4 · Tabel 3.1 · baris 7 · LK-TOT-01");
        });
        assertThat(placed.get(finding)).startsWith("kecamatan-uji/evidence/lk-2023-01234567-p4-");
        assertThat(output.resolve(placed.get(finding))).hasContent("png of page 4");

        drawn.clear();
        assertThat(images.missing("lk-2023.pdf", "0123456789abcdef", List.of(finding))).isEmpty();
        assertThat(images.place(output, List.of(document(finding)), drawer)).isEqualTo(placed);
        assertThat(drawn).as("a second run draws nothing").isEmpty();
    }

    @Test
    void aFailingDrawerCostsTheImagesOnly() throws Exception {
        EvidenceImages images = EvidenceImages.in(dir.resolve("data"));
        Map<Finding, String> placed = images.place(dir.resolve("output"), List.of(document(total(7))), (path, requests) -> {
            throw new IOException("page will not render");
        });
        assertThat(placed).isEmpty();
    }
}
