package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code part of the rules version: what the code is, the same through java -jar and the launcher. */
class RulesVersionTest {

    @TempDir
    Path dir;

    private Path jar(String name, String classesPrefix, String classBytes, boolean libsInManifest) throws IOException {
        Path jar = dir.resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (libsInManifest) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/pdfbox-2.0.37.jar lib/tabula-1.0.5.jar");
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            put(j, classesPrefix + "id/inspektorat/lkauditor/Rule.class", classBytes);
            put(j, classesPrefix + "application.properties", "spring.main.banner-mode=off");
            if (!libsInManifest) {
                put(j, "BOOT-INF/lib/pdfbox-2.0.37.jar", "pdfbox");
                put(j, "BOOT-INF/lib/tabula-1.0.5.jar", "tabula");
                put(j, "org/springframework/boot/loader/launch/JarLauncher.class", "loader");
            }
        }
        return jar;
    }

    private static void put(JarOutputStream j, String name, String content) throws IOException {
        j.putNextEntry(new ZipEntry(name));
        j.write(content.getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
    }

    @Test
    void theFatJarAndTheLaunchersExtractedCopyAreOneVersion() throws IOException {
        byte[] fat = RulesVersion.codeFingerprint(jar("fat.jar", "BOOT-INF/classes/", "cafebabe-1", false));
        byte[] thin = RulesVersion.codeFingerprint(jar("thin.jar", "", "cafebabe-1", true));
        assertThat(thin).isEqualTo(fat);
    }

    @Test
    void changedCodeOrAnotherLibraryIsAnotherVersion() throws IOException {
        byte[] before = RulesVersion.codeFingerprint(jar("a.jar", "BOOT-INF/classes/", "cafebabe-1", false));
        byte[] changed = RulesVersion.codeFingerprint(jar("b.jar", "BOOT-INF/classes/", "cafebabe-2", false));
        assertThat(changed).isNotEqualTo(before);
    }
}
