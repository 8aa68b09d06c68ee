package id.inspektorat.lkauditor.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of what decides a document's findings besides its content: every file under
 * {@code rules/} and the auditor's own code (the jar it runs from). A cached result is reused only
 * under the same fingerprint. The auditors' verdicts ({@code rules/verdicts/}) are left out: they
 * decide what is reported, not what is found, so editing them re-audits nothing.
 */
public final class RulesVersion {

    private RulesVersion() {
    }

    public static String of(Path rulesDir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(rulesDir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(rulesDir)) {
                    Path verdicts = rulesDir.resolve(id.inspektorat.lkauditor.review.Verdicts.FOLDER);
                    files = walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(verdicts)).sorted().toList();
                }
                for (Path f : files) {
                    digest.update(rulesDir.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            }
            digest.update(codeFingerprint());
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] codeFingerprint() throws IOException {
        try {
            Path code = Path.of(RulesVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return (Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (RuntimeException | java.net.URISyntaxException e) {
            // running from classes (tests, IDE): the rules alone decide
        }
        return "classes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
