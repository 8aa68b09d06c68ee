package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.extraction.EvidenceRenderer;
import id.inspektorat.lkauditor.intake.Slugs;
import id.inspektorat.lkauditor.report.ReportWriter;
import id.inspektorat.lkauditor.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evidence image per finding, under {@code output/<opd>/evidence/}: the table region with the
 * row and the cell outlined, or the page with the quoted text line outlined (the bare page when the
 * line cannot be located). Names carry the document's content hash, so an unchanged document's
 * images are not drawn again.
 */
final class EvidenceImages {

    private static final Logger log = LoggerFactory.getLogger(EvidenceImages.class);

    private EvidenceImages() {
    }

    /** @return each finding's image path, relative to the output folder */
    static Map<Finding, String> render(AuditSettings settings, java.util.List<ReportWriter.AuditedDocument> docs) {
        Map<Finding, String> out = new HashMap<>();
        for (ReportWriter.AuditedDocument d : docs) {
            if (d.findings().isEmpty() || d.record().sha256() == null || d.record().sha256().length() < 8) {
                continue;
            }
            String opd = Slugs.slug(ReportWriter.opdName(d.record()));
            String base = Slugs.slug(Path.of(d.record().path()).getFileName().toString().replaceAll("(?i)\\.pdf$", ""))
                    + "-" + d.record().sha256().substring(0, 8);
            Map<String, EvidenceRenderer.Request> todo = new HashMap<>();
            int n = 0;
            for (Finding f : d.findings()) {
                n++;
                Finding.Geometry g = f.geometry();
                // A bare page is shared by its findings; an outlined one (table cell or text line) is per finding.
                String name = g == null ? base + "-p" + f.page() + ".png"
                        : base + "-p" + f.page() + "-" + Slugs.slug(f.rule() + "-"
                                + (g.table() == null ? "teks" : f.table() + "-" + f.row()) + "-" + n) + "-" + drawn(g) + ".png";
                String relative = opd + "/evidence/" + name;
                Path target = settings.output().resolve(relative);
                out.put(f, relative);
                if (!Files.exists(target) && f.page() > 0) {
                    todo.put(relative, new EvidenceRenderer.Request(f.page(), g == null ? null : g.table(),
                            g == null ? null : g.row(), g == null ? null : g.cell(), g == null ? null : g.sources(),
                            target));
                }
            }
            if (todo.isEmpty()) {
                continue;
            }
            try (EvidenceRenderer renderer = new EvidenceRenderer(settings.input().resolve(d.record().path()),
                    settings.passwordList(), settings.maxMainMemoryMb() * 1024 * 1024)) {
                for (EvidenceRenderer.Request r : todo.values()) {
                    renderer.render(r);
                }
            } catch (Exception | OutOfMemoryError e) {
                log.warn("Gambar bukti untuk {} tidak dapat dibuat: {}", d.record().path(), e.toString());
                todo.keySet().forEach(k -> out.values().remove(k));
            }
        }
        return out;
    }

    /** What the image outlines, so a new version that outlines more draws a new image. */
    private static String drawn(Finding.Geometry g) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update((EvidenceRenderer.STYLE + "|" + g.encode() + "|" + g.encodeSources()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
