package id.inspektorat.lkauditor.intake;

/**
 * A file found in the input folder, before it is read.
 *
 * @param path      path relative to the input folder, with {@code /}
 * @param sha256    content hash (hex)
 * @param size      bytes
 * @param folderOpd the OPD folder it sits in, or {@code null} at the top level
 * @param status    {@code PENDING}, or a failure known without parsing ({@code NOT_PDF}, {@code TOO_LARGE}, {@code UNREADABLE})
 * @param message   why, in Indonesian, for a failure
 */
public record DiscoveredDocument(String path, String sha256, long size, String folderOpd, DocumentStatus status, String message) {
}
