package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.review.Verdicts;
import id.inspektorat.lkauditor.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A fingerprint of what decides a document's findings besides its content: every file under
 * {@code rules/} and the auditor's own code (the jar it runs from). A cached result is reused only
 * under the same fingerprint. The auditors' verdicts ({@code rules/verdicts/}) are left out: they
 * decide what is reported, not what is found, so editing them re-audits nothing.
 */
public final class RulesVersion {

    private static final Pattern BOOT_CLASSES = Pattern.compile("^BOOT-INF/classes/");

    private static final Pattern NESTED_JAR = Pattern.compile("nested:(.+?\\.jar)/?!");

    private RulesVersion() {
    }

    public static String of(Path rulesDir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(rulesDir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(rulesDir)) {
                    Path verdicts = rulesDir.resolve(Verdicts.FOLDER);
                    files = walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(verdicts)).sorted().toList();
                }
                for (Path f : files) {
                    digest.update(rulesDir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
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
        Path code = codeSource();
        if (code != null && Files.isRegularFile(code)) {
            return codeFingerprint(code);
        }
        return "classes".getBytes(StandardCharsets.UTF_8); // running from classes (tests, IDE)
    }

    /**
     * The jar the code runs from: a plain file URL (the extracted copy), or Spring Boot's
     * {@code jar:nested:/…/lk-auditor.jar/!BOOT-INF/classes/!/} for classes inside the fat jar.
     */
    private static Path codeSource() {
        try {
            String location = RulesVersion.class.getProtectionDomain().getCodeSource().getLocation().toString();
            Matcher nested = NESTED_JAR.matcher(location);
            if (nested.find()) {
                return Path.of(URLDecoder.decode(nested.group(1), StandardCharsets.UTF_8));
            }
            return Path.of(RulesVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (RuntimeException | URISyntaxException e) {
            return null;
        }
    }

    /**
     * What the code is, not where it lies: the name and CRC of each of the application's own entries
     * and the file names of its libraries, the same for the Spring Boot jar ({@code BOOT-INF/classes/},
     * {@code BOOT-INF/lib/}) and for the copy {@code scripts/lk-auditor} extracts from it (classes at the
     * root, libraries in the manifest's {@code Class-Path}). Size and time stamp of the file differ
     * between the two, and would make the first night through the launcher re-audit everything.
     */
    static byte[] codeFingerprint(Path jar) throws IOException {
        TreeMap<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("META-INF/") || name.startsWith("org/springframework/boot/loader/")
                        || name.startsWith("BOOT-INF/classpath.idx") || name.startsWith("BOOT-INF/layers.idx")) {
                    continue;
                }
                if (name.startsWith("BOOT-INF/lib/")) {
                    parts.put("lib:" + name.substring("BOOT-INF/lib/".length()), "");
                } else {
                    parts.put("code:" + BOOT_CLASSES.matcher(name).replaceFirst(""), Long.toHexString(e.getCrc()));
                }
            }
            ZipEntry manifest = zip.getEntry("META-INF/MANIFEST.MF");
            if (manifest != null) {
                try (InputStream in = zip.getInputStream(manifest)) {
                    String classPath = new Manifest(in).getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String lib : Texts.WHITESPACE.split(classPath.trim())) {
                            parts.put("lib:" + lib.substring(lib.lastIndexOf('/') + 1), "");
                        }
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        parts.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
