package id.inspektorat.lkauditor.evidence;

import id.inspektorat.lkauditor.extraction.EvidenceRenderer;
import id.inspektorat.lkauditor.intake.Slugs;
import id.inspektorat.lkauditor.report.AuditedDocument;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.text.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evidence image per finding. Images are drawn into a cache in the data folder, named after
 * the document's content hash and what they outline, while the document is still open from its
 * audit (in parallel, one document per thread); the report step then places each under
 * {@code output/<opd>/evidence/} (a hard link, or a copy) and draws only what the cache lacks —
 * findings reused from an earlier run. A night whose reports have not changed draws nothing.
 * Knows files and findings, not PDFs: an {@link EvidenceDrawer} draws.
 */
public final class EvidenceImages {

    private static final Logger log = LoggerFactory.getLogger(EvidenceImages.class);

    /** Cached images no run has used for this long are removed. */
    private static final Duration KEEP_UNUSED = Duration.ofDays(30);

    private final Path cache;

    private EvidenceImages(Path cache) {
        this.cache = cache;
    }

    /** The cache of a data folder ({@code <data>/evidence}). */
    public static EvidenceImages in(Path dataDir) {
        return new EvidenceImages(dataDir.resolve("evidence"));
    }

    /**
     * The image file name for a finding, or null when it has no page. A bare page is shared by its
     * findings; an outlined one carries a hash of what is drawn, so findings drawn alike share a
     * file and a new drawing never reuses an old one.
     */
    static String fileName(String documentPath, String sha256, Finding f) {
        if (f.page() <= 0 || sha256 == null || sha256.length() < 8) {
            return null;
        }
        String base = Slugs.slug(Texts.withoutPdf(Path.of(documentPath).getFileName().toString()))
                + "-" + sha256.substring(0, 8) + "-p" + f.page();
        Finding.Geometry g = f.geometry();
        if (g == null) {
            return base + ".png";
        }
        return base + "-" + Slugs.slug(f.rule() + "-" + (g.table() == null ? "teks" : f.table() + "-" + f.row()))
                + "-" + drawn(g) + ".png";
    }

    /** What the cache still lacks for these findings of one document, one request per file. */
    public List<EvidenceRenderer.Request> missing(String documentPath, String sha256, List<Finding> findings) {
        Map<String, EvidenceRenderer.Request> todo = new LinkedHashMap<>();
        for (Finding f : findings) {
            String name = fileName(documentPath, sha256, f);
            if (name == null || todo.containsKey(name) || Files.exists(cache.resolve(name))) {
                continue;
            }
            Finding.Geometry g = f.geometry();
            todo.put(name, new EvidenceRenderer.Request(f.page(), g == null ? null : g.table(), g == null ? null : g.row(),
                    g == null ? null : g.cell(), g == null ? null : g.sources(), g == null ? null : g.header(),
                    cache.resolve(name), caption(documentPath, f)));
        }
        return new ArrayList<>(todo.values());
    }

    /**
     * Draws what the cache lacks, places every image under its OPD's folder and removes images
     * there that this run no longer refers to.
     *
     * @return each finding's image path, relative to the output folder
     */
    public Map<Finding, String> place(Path output, List<AuditedDocument> docs, EvidenceDrawer drawer) {
        Map<Finding, String> out = new HashMap<>();
        Set<Path> placed = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (AuditedDocument d : docs) {
            if (d.findings().isEmpty() || d.record().sha256() == null) {
                continue;
            }
            List<EvidenceRenderer.Request> todo = missing(d.record().path(), d.record().sha256(), d.reported());
            if (!todo.isEmpty()) {
                try {
                    drawer.draw(d.record().path(), todo);
                } catch (Exception | OutOfMemoryError e) {
                    log.warn("Gambar bukti untuk {} tidak dapat dibuat: {}", d.record().path(), e.toString());
                }
            }
            String opd = d.slug();
            for (Finding f : d.reported()) {
                String name = fileName(d.record().path(), d.record().sha256(), f);
                if (name == null || !Files.exists(cache.resolve(name))) {
                    continue;
                }
                String relative = opd + "/evidence/" + name;
                Path target = output.resolve(relative);
                if (placed.add(target) && !place(cache.resolve(name), target)) {
                    continue;
                }
                used.add(name);
                out.put(f, relative);
            }
        }
        removeStale(output, cache, placed);
        pruneCache(cache, used);
        return out;
    }

    /** A hard link where the file system allows it (no space used), else a copy. */
    private static boolean place(Path cached, Path target) {
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                if (Files.isSameFile(cached, target) || Files.size(cached) == Files.size(target)) {
                    return true;
                }
                Files.delete(target);
            }
            try {
                Files.createLink(target, cached);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            log.warn("Gambar bukti {} tidak dapat ditempatkan: {}", target, e.toString());
            return false;
        }
    }

    /** Images under output/<opd>/evidence/ from earlier runs that no finding of this run shows. */
    private static void removeStale(Path output, Path cache, Set<Path> placed) {
        Path cacheDir = cache.toAbsolutePath().normalize();
        try (Stream<Path> opds = Files.list(output)) {
            for (Path evidence : opds.filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.resolve("evidence")).filter(Files::isDirectory)
                    .filter(p -> !p.toAbsolutePath().normalize().equals(cacheDir)).toList()) {
                try (Stream<Path> images = Files.list(evidence)) {
                    for (Path image : images.filter(p -> p.toString().endsWith(".png")).toList()) {
                        if (!placed.contains(image)) {
                            Files.deleteIfExists(image);
                        }
                    }
                }
            }
        } catch (IOException e) {
            log.debug("Gambar bukti lama tidak dapat dibersihkan: {}", e.toString());
        }
    }

    /** Marks the images this run used and removes those no run has used for a while. */
    private static void pruneCache(Path cache, Set<String> used) {
        if (!Files.isDirectory(cache)) {
            return;
        }
        FileTime now = FileTime.from(Instant.now());
        Instant limit = Instant.now().minus(KEEP_UNUSED);
        try (Stream<Path> images = Files.list(cache)) {
            for (Path image : images.toList()) {
                if (used.contains(image.getFileName().toString())) {
                    Files.setLastModifiedTime(image, now);
                } else if (Files.getLastModifiedTime(image).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(image);
                }
            }
        } catch (IOException e) {
            log.debug("Cache gambar bukti tidak dapat dirapikan: {}", e.toString());
        }
    }

    /**
     * The reference burned into the image: "lk-2023.pdf · hlm 4 · Tabel 3.18 · LK-TOT-01" (a bare page,
     * shared by its findings, names only the document and the page).
     */
    static String caption(String documentPath, Finding f) {
        String doc = Path.of(documentPath).getFileName().toString();
        if (f.geometry() == null) {
            return doc + " · hlm " + f.page();
        }
        return doc + " · hlm " + f.page() + (f.table().isEmpty() ? " · teks" : " · " + f.table())
                + (f.row() > 0 ? " · baris " + f.row() : "") + " · " + f.rule();
    }

    /** What the image outlines, so a new version that outlines more draws a new image. */
    private static String drawn(Finding.Geometry g) {
        CRC32 crc = new CRC32();
        crc.update((EvidenceRenderer.STYLE + "|" + g.encode() + "|" + g.encodeSources()).getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
