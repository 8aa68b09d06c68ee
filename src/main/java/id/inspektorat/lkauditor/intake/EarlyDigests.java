package id.inspektorat.lkauditor.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The input's files read and hashed on a spare thread while Spring starts, which keeps one core
 * busy and leaves the other mostly idle: hashing a night's PDFs is a few percent of the run, and
 * otherwise the first thing the job does. Discovery takes a file's result only when the file still
 * has the size and modification time it had when it was read; it reads a file itself when the
 * spare thread has not reached it, and waits when the thread is reading it. Each result is taken
 * once. Nothing here parses a PDF.
 */
public final class EarlyDigests {

    /** A file as it was read: its size and time before reading, its SHA-256 and first bytes. */
    record Read(long size, FileTime modified, String sha256, boolean pdfSignature) {
    }

    /** Files larger than this are left to discovery (the default {@code lk.max-file-mb}). */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final Map<Path, FutureTask<Read>> READS = new ConcurrentHashMap<>();

    private EarlyDigests() {
    }

    /** Starts reading the files discovery will list in {@code input}; a failure only leaves them to discovery. */
    public static void start(Path input) {
        Thread t = new Thread(() -> {
            try {
                List<Path> files = Files.isRegularFile(input) ? List.of(input.toAbsolutePath()) : DocumentDiscovery.files(input);
                for (Path f : files) {
                    READS.computeIfAbsent(key(f), k -> new FutureTask<>(() -> DocumentDiscovery.read(k, MAX_BYTES)));
                }
                for (Path f : files) {
                    FutureTask<Read> task = READS.get(key(f));
                    if (task != null) {
                        task.run(); // a no-op when discovery has taken or started it
                    }
                }
            } catch (IOException | RuntimeException e) {
                // discovery lists and reads them itself
            }
        }, "early-digests");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The file as read early, if it was and has not changed since: read now when the spare thread
     * has listed it but not reached it, awaited when it is being read.
     */
    static Optional<Read> take(Path file, BasicFileAttributes now) {
        FutureTask<Read> task = READS.remove(key(file));
        if (task == null) {
            return Optional.empty();
        }
        task.run();
        try {
            Read r = task.get();
            return r.sha256() != null && r.size() == now.size() && r.modified().equals(now.lastModifiedTime())
                    ? Optional.of(r) : Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty(); // discovery reads it again and reports what it finds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
