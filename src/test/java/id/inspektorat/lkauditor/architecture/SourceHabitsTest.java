package id.inspektorat.lkauditor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Habits the code keeps, read from the sources (main and test): a type is imported, not written out
 * fully qualified in the code; one Javadoc block per element (a second block stacked above another
 * documents nothing — it lost its method).
 */
class SourceHabitsTest {

    /** A qualified type name in code: lower-case package segments, then a capitalised name. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com|ch|id|technology|freemarker)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");
    private static final Pattern STACKED = Pattern.compile("\\*/[ \\t]*\\n[ \\t]*/\\*\\*");

    @Test
    void typesAreImportedAndEveryJavadocHasItsElement() {
        List<Sources.Source> files = new ArrayList<>(Sources.main().files());
        files.addAll(Sources.under(Sources.TEST).files());
        assertThat(files).hasSizeGreaterThan(200);
        List<String> offenders = new ArrayList<>();
        for (Sources.Source f : files) {
            offenders.addAll(qualified(f));
            offenders.addAll(stacked(f));
        }
        assertThat(offenders).as("qualified names in code, stacked Javadoc").isEmpty();
    }

    @Test
    void theCheckSeesBoth() {
        // written with \n, not as a text block, so that this file does not hold the stacked blocks itself
        Sources.Source bad = new Sources.Source(Path.of("X.java"), Path.of("x/X.java"), "package x;\n\nimport java.util.List;\n\n"
                + "/** One. */\n/** Two. */\nfinal class X {\n"
                + "    // java.util.Map in a comment, \"java.util.Set\" in a string: not code\n"
                + "    java.util.Map<String, List<String>> m;\n}\n");
        assertThat(qualified(bad)).containsExactly("x/X.java:9: java.util.Map");
        assertThat(stacked(bad)).containsExactly("x/X.java:5: stacked Javadoc");
        Sources.Source good = new Sources.Source(Path.of("Y.java"), Path.of("x/Y.java"),
                "package x;\n\nimport java.util.Map;\n\n/** One. */\nfinal class Y {\n    /** {@link java.util.Map} */\n    Map<String, String> m;\n}\n");
        assertThat(qualified(good)).isEmpty();
        assertThat(stacked(good)).isEmpty();
    }

    private static List<String> qualified(Sources.Source f) {
        List<String> out = new ArrayList<>();
        String[] lines = f.code().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                out.add(f.relative() + ":" + (i + 1) + ": " + m.group());
            }
        }
        return out;
    }

    private static List<String> stacked(Sources.Source f) {
        List<String> out = new ArrayList<>();
        Matcher m = STACKED.matcher(f.text());
        while (m.find()) {
            out.add(f.relative() + ":" + (f.text().substring(0, m.start()).split("\n", -1).length) + ": stacked Javadoc");
        }
        return out;
    }
}
