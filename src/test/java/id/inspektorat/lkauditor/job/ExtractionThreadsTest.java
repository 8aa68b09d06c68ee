package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.PdfTableExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The extraction threads live and die with the context; helpers only take cores no document holds. */
class ExtractionThreadsTest {

    @Test
    void closingTheContextShutsThePoolDown() throws Exception {
        ExtractionThreads threads;
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(ExtractionThreads.class)) {
            threads = context.getBean(ExtractionThreads.class);
            assertThat(threads.submit(() -> Thread.currentThread().isDaemon()).get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(threads.isClosed()).isTrue();
    }

    @Test
    void helpersTakeOnlyTheCoresNoDocumentHolds() {
        try (ExtractionThreads threads = new ExtractionThreads()) {
            PdfTableExtractor.PageHelper helper = threads.idleCores();
            int cores = Runtime.getRuntime().availableProcessors();
            int granted = threads.whileBusy(() -> {
                List<Boolean> grants = new ArrayList<>();
                for (int i = 0; i < cores + 2; i++) {
                    grants.add(helper.tryAcquire());
                }
                return (int) grants.stream().filter(g -> g).count();
            });
            assertThat(granted).isEqualTo(cores - 1);
            for (int i = 0; i < granted; i++) {
                helper.release();
            }
            assertThat(helper.tryAcquire()).isTrue(); // the document is done: its core is free again
            helper.release();
        }
    }
}
