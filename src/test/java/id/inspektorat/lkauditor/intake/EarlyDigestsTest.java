package id.inspektorat.lkauditor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyDigestsTest {

    @TempDir
    Path input;

    @Test
    void discoveryFindsTheSameWithOrWithoutTheEarlyReading() throws Exception {
        Files.writeString(input.resolve("a.pdf"), "%PDF-1.4 satu", StandardCharsets.US_ASCII);
        Files.writeString(input.resolve("b.pdf"), "bukan pdf", StandardCharsets.US_ASCII);
        List<DiscoveredDocument> plain = new DocumentDiscovery(1 << 20).discover(input);
        EarlyDigests.start(input);
        List<DiscoveredDocument> early = new DocumentDiscovery(1 << 20).discover(input);
        assertThat(early).isEqualTo(plain);
        assertThat(plain.get(0).status()).isEqualTo(DocumentStatus.PENDING);
        assertThat(plain.get(1).status()).isEqualTo(DocumentStatus.NOT_PDF);
    }

    @Test
    void aFileChangedAfterItWasReadEarlyIsReadAgain() throws Exception {
        Path a = input.resolve("a.pdf");
        Files.writeString(a, "%PDF-1.4 satu", StandardCharsets.US_ASCII);
        EarlyDigests.start(input);
        Thread.sleep(300); // the early thread has read it (or discovery reads it itself: the test holds either way)
        Files.writeString(a, "%PDF-1.4 dua!", StandardCharsets.US_ASCII); // same size
        Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        DiscoveredDocument d = new DocumentDiscovery(1 << 20).discover(input).get(0);
        Path fresh = Files.createTempDirectory("lk-early").resolve("a.pdf");
        Files.writeString(fresh, "%PDF-1.4 dua!", StandardCharsets.US_ASCII);
        assertThat(d.sha256()).isEqualTo(new DocumentDiscovery(1 << 20).discover(fresh).get(0).sha256())
                .isNotEqualTo(new DocumentDiscovery(1 << 20).discover(writeSatu()).get(0).sha256());
    }

    private Path writeSatu() throws Exception {
        Path p = Files.createTempDirectory("lk-early").resolve("s.pdf");
        Files.writeString(p, "%PDF-1.4 satu", StandardCharsets.US_ASCII);
        return p;
    }
}
