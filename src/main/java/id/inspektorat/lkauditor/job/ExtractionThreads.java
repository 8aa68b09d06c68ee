package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.extraction.PdfTableExtractor;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The threads documents are read and drawn on, shut down with the context. Extraction runs on its own
 * thread so a page whose parsing never ends costs its document, not the night; daemon threads, so one
 * stuck in such a page never holds the exit.
 */
@Component
public final class ExtractionThreads implements AutoCloseable {

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "extract");
        t.setDaemon(true);
        return t;
    });

    /**
     * Documents in progress plus helper threads reading pages: a long document gets a second reader
     * only while a core would otherwise idle (the last documents of a night, or a night of one).
     */
    private final AtomicInteger busy = new AtomicInteger();
    private final int cores = Runtime.getRuntime().availableProcessors();

    private final PdfTableExtractor.PageHelper idleCores = new PdfTableExtractor.PageHelper() {
        @Override
        public boolean tryAcquire() {
            for (int b = busy.get(); b < cores; b = busy.get()) {
                if (busy.compareAndSet(b, b + 1)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void release() {
            busy.decrementAndGet();
        }

        @Override
        public Executor executor() {
            return pool;
        }
    };

    /** Runs one document's audit, counted as busy while it runs. */
    <T> T whileBusy(Supplier<T> document) {
        busy.incrementAndGet();
        try {
            return document.get();
        } finally {
            busy.decrementAndGet();
        }
    }

    /** Helper page readers, granted while a core idles. */
    PdfTableExtractor.PageHelper idleCores() {
        return idleCores;
    }

    <T> Future<T> submit(Callable<T> work) {
        return pool.submit(work);
    }

    /** Interrupts what is left (only extractions abandoned after their time limit). */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    boolean isClosed() {
        return pool.isShutdown();
    }
}
