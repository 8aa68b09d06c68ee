package id.inspektorat.lkauditor.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * A default of {@code rules/} shipped in the jar ({@code /default-rules/...}), read by the same
 * reader as the file on disk: copied to a temporary file, so errors name their line the same way.
 */
final class BundledFile {

    private BundledFile() {
    }

    /** The resource read by {@code reader}, or {@code missing} when the jar lacks it. */
    static <T> T read(String resource, Function<Path, T> reader, T missing) {
        try (InputStream in = BundledFile.class.getResourceAsStream("/default-rules/" + resource)) {
            if (in == null) {
                return missing;
            }
            Path tmp = Files.createTempFile("lk-rules", resource.substring(resource.lastIndexOf('.')));
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                return reader.apply(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource read by {@code reader}; the jar must have it. */
    static <T> T read(String resource, Function<Path, T> reader) {
        T value = read(resource, reader, null);
        if (value == null) {
            throw new IllegalStateException("bundled rules file missing: " + resource);
        }
        return value;
    }
}
