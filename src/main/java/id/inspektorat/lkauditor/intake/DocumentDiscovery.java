package id.inspektorat.lkauditor.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the documents of an input folder: every regular file except hidden ones and the
 * by-products the project writes, sorted by path, hashed, sniffed for the PDF signature, checked
 * against the size limit. Nothing here parses a PDF, so nothing here can hang on one.
 */
public final class DocumentDiscovery {

    private final long maxBytes;

    public DocumentDiscovery(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<DiscoveredDocument> discover(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            // one PDF named on the command line: audited under its own file name
            Path file = input.toAbsolutePath();
            return List.of(inspect(file.getParent(), file));
        }
        List<Path> files = files(input);
        // hashed on every core (a night's PDFs are read whole here before the first is audited); in file order
        return files.parallelStream().map(file -> inspect(input, file)).toList();
    }

    /** The files of a folder that are documents, sorted by path. */
    static List<Path> files(Path input) throws IOException {
        try (Stream<Path> walk = Files.walk(input, 3, new FileVisitOption[0])) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHidden(input.relativize(p)))
                    .filter(p -> !isSidecar(p))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A file read whole: its size and modification time before reading, its SHA-256 and whether its
     * first KiB holds the PDF signature. Not hashed (the digest null) when larger than {@code maxBytes}.
     */
    static EarlyDigests.Read read(Path file, long maxBytes) throws IOException {
        return read(file, Files.readAttributes(file, BasicFileAttributes.class), maxBytes);
    }

    /** The same, for a file whose attributes were just read. */
    private static EarlyDigests.Read read(Path file, BasicFileAttributes before, long maxBytes) throws IOException {
        if (before.size() > maxBytes) {
            return new EarlyDigests.Read(before.size(), before.lastModifiedTime(), null, false);
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[1024];
            int headLength = in.readNBytes(head, 0, head.length);
            digest.update(head, 0, headLength);
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            boolean pdf = new String(head, 0, headLength, StandardCharsets.ISO_8859_1).contains("%PDF-");
            return new EarlyDigests.Read(before.size(), before.lastModifiedTime(), HexFormat.of().formatHex(digest.digest()), pdf);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DiscoveredDocument inspect(Path input, Path file) {
        Path rel = input.relativize(file);
        String path = rel.toString().replace('\\', '/');
        String folder = rel.getNameCount() > 1 ? rel.getName(0).toString() : null;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return new DiscoveredDocument(path, "", 0, folder, DocumentStatus.UNREADABLE, "Berkas tidak dapat dibaca: " + e.getMessage());
        }
        long size = attributes.size();
        if (size == 0) {
            return new DiscoveredDocument(path, sha256Empty(), 0, folder, DocumentStatus.NOT_PDF, "Berkas kosong (0 byte)");
        }
        if (size > maxBytes) {
            return new DiscoveredDocument(path, "", size, folder, DocumentStatus.TOO_LARGE,
                    "Ukuran berkas " + size / (1024 * 1024) + " MB melebihi batas " + maxBytes / (1024 * 1024) + " MB");
        }
        EarlyDigests.Read read;
        try {
            Optional<EarlyDigests.Read> early = EarlyDigests.take(file, attributes);
            read = early.isPresent() ? early.get() : read(file, attributes, Long.MAX_VALUE);
        } catch (IOException e) {
            return new DiscoveredDocument(path, "", size, folder, DocumentStatus.UNREADABLE, "Berkas tidak dapat dibaca: " + e.getMessage());
        }
        if (!read.pdfSignature()) {
            return new DiscoveredDocument(path, read.sha256(), size, folder, DocumentStatus.NOT_PDF, "Berkas bukan PDF (tanda %PDF- tidak ditemukan)");
        }
        return new DiscoveredDocument(path, read.sha256(), size, folder, DocumentStatus.PENDING, "");
    }

    private static String sha256Empty() {
        return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Notes and source texts kept beside the PDFs are not documents. */
    private static boolean isSidecar(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".csv") || name.endsWith(".md") || name.endsWith(".yml")
                || name.endsWith(".yaml") || name.endsWith(".json");
    }
}
