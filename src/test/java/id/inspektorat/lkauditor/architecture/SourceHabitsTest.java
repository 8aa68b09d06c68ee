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
 * documents nothing — it lost its method); a regular expression is compiled once, into a
 * {@code static final Pattern}, not by {@code String.replaceAll}/{@code matches}/{@code replaceFirst}/
 * {@code split} on every call (main code only; {@code split} on one plain character compiles nothing).
 */
class SourceHabitsTest {

    /** A qualified type name in code: lower-case package segments, then a capitalised name. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com|ch|id|technology|freemarker)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");
    private static final Pattern STACKED = Pattern.compile("\\*/[ \\t]*\\n[ \\t]*/\\*\\*");
    /** A String method given a regex literal; Matcher.replaceAll takes the replacement alone, so the comma tells them apart. */
    private static final Pattern STRING_REGEX = Pattern.compile(
            "\\.(?:(replaceAll|replaceFirst)\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,|(matches)\\(\"((?:[^\"\\\\]|\\\\.)*)\"|(split)\\(\"((?:[^\"\\\\]|\\\\.)*)\")");
    /** What String.split takes without compiling: one character that is not a regex one, or an escaped one. */
    private static final Pattern PLAIN_SPLIT = Pattern.compile("[^.$|()\\[{^?*+\\\\]|\\\\\\\\[^0-9a-zA-Z]|\\\\[tn]");

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
        for (Sources.Source f : Sources.main().files()) {
            offenders.addAll(compiledPerCall(f));
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
        Sources.Source regex = new Sources.Source(Path.of("Z.java"), Path.of("x/Z.java"), "final class Z {\n"
                + "    String a(String s) { return s.replaceAll(\"\\\\s+\", \" \").trim(); }\n"
                + "    boolean b(String s) { return s.matches(\"\\\\d+\"); }\n"
                + "    String[] c(String s) { return s.split(\"[.\\\\s]+\"); }\n"
                + "    String[] d(String s) { return s.split(\";\", -1).length > 0 ? s.split(\"\\\\|\") : s.split(\"\\n\"); }\n"
                + "    String e(java.util.regex.Matcher m) { return m.replaceAll(\" \"); }\n}\n");
        assertThat(compiledPerCall(regex)).containsExactly("x/Z.java:2: replaceAll(\"\\\\s+\")",
                "x/Z.java:3: matches(\"\\\\d+\")", "x/Z.java:4: split(\"[.\\\\s]+\")");
    }

    private static List<String> compiledPerCall(Sources.Source f) {
        List<String> out = new ArrayList<>();
        String[] lines = f.withoutComments().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = STRING_REGEX.matcher(lines[i]);
            while (m.find()) {
                String method = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
                String regex = m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(4) : m.group(6);
                if (method.equals("split") && PLAIN_SPLIT.matcher(regex).matches()) {
                    continue;
                }
                out.add(f.relative() + ":" + (i + 1) + ": " + method + "(\"" + regex + "\")");
            }
        }
        return out;
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
