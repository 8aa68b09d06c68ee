package id.inspektorat.lkauditor.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java sources the architecture tests read: one walker for all of them, each file with its path
 * relative to the root it was found under, its text, and its code with comments and string literals
 * blanked out (so a word in a message or a Javadoc is not taken for a use).
 */
record Sources(Path root, List<Source> files) {

    /** The application's packages, {@code src/main/java/id/inspektorat/lkauditor}. */
    static final Path MAIN = Path.of("src/main/java/id/inspektorat/lkauditor");
    static final Path TEST = Path.of("src/test/java/id/inspektorat/lkauditor");

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])'");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

    /** One source file. */
    record Source(Path path, Path relative, String text) {

        /** Its first package segment under the root ({@code rules} for {@code rules/totals/X.java}), or "" at the root. */
        String stage() {
            return relative.getNameCount() < 2 ? "" : relative.getName(0).toString();
        }

        /** The text without comments and string literals; line breaks are kept, so line numbers hold. */
        String code() {
            String s = blank(TEXT_BLOCK, text);
            s = blank(BLOCK_COMMENT, s);
            s = blank(STRING, s);
            return blank(LINE_COMMENT, s);
        }

        /** The text without comments, string literals kept. */
        String withoutComments() {
            return blank(LINE_COMMENT, blank(BLOCK_COMMENT, text));
        }

        List<String> lines() {
            return text.lines().toList();
        }

        private static String blank(Pattern p, String s) {
            return p.matcher(s).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        }
    }

    /** Every {@code .java} file under {@code root}, sorted. */
    static Sources under(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Source> files = walk.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> new Source(p, root.relativize(p), read(p))).toList();
            return new Sources(root, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sources main() {
        return under(MAIN);
    }

    /** The files of these first-level packages. */
    Stream<Source> in(List<String> stages) {
        return files.stream().filter(f -> stages.contains(f.stage()));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
