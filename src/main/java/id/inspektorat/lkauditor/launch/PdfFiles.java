package id.inspektorat.lkauditor.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** The PDFs an input names, counted before anything is read: as deep as discovery looks (three levels). */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** The PDFs under {@code input}, counted up to {@code limit}; a file named on its own counts as one. */
    public static int count(Path input, int limit) {
        if (Files.isRegularFile(input)) {
            return 1;
        }
        if (!Files.isDirectory(input)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(input, 3)) {
            return (int) walk.filter(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).limit(limit).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
