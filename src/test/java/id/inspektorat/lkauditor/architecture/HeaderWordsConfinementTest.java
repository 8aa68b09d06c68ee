package id.inspektorat.lkauditor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No rule reads header text: rules, the fact reader and the table understanding ask a column for its terms
 * ({@code rules/vocabulary.yml}) and for its header's structure, never for its path's words, and do
 * not test a caption or a column label against words of their own. Read from the sources.
 */
class HeaderWordsConfinementTest {

    private static final Path MAIN = Path.of("src/main/java/id/inspektorat/lkauditor");
    /** A header path read, or a caption / column label tested against a literal word. */
    private static final Pattern HEADER_READ = Pattern.compile(
            "\\.path\\(\\)|(caption\\(\\)|[cC]olumn\\(?\\)?\\.label\\(\\))[^;]*\\.(contains|startsWith|endsWith|equals|equalsIgnoreCase|matches)\\(\"");

    @Test
    void rulesAndFactsAskForTermsNotHeaderWords() throws IOException {
        List<String> offenders = new ArrayList<>();
        int files = 0;
        for (String pkg : List.of("rules", "facts", "understanding")) {
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(MAIN.resolve(pkg))) {
                sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
            }
            files += sources.size();
            for (Path p : sources) {
                List<String> lines = read(p);
                for (int i = 0; i < lines.size(); i++) {
                    if (HEADER_READ.matcher(lines.get(i)).find()) {
                        offenders.add(MAIN.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(30);
        assertThat(offenders).as("header words tested outside rules/vocabulary.yml").isEmpty();
    }

    @Test
    void theCheckSeesAHeaderRead() {
        assertThat(HEADER_READ.matcher("for (String segment : c.path()) {").find()).isTrue();
        assertThat(HEADER_READ.matcher("if (table.caption().toLowerCase(Locale.ROOT).contains(\"pendapatan\")) {").find()).isTrue();
        assertThat(HEADER_READ.matcher("boolean b = column.label().startsWith(\"Jumlah\");").find()).isTrue();
        assertThat(HEADER_READ.matcher("if (c.has(Term.REALISASI) && !c.has(Term.PERCENT)) {").find()).isFalse();
        assertThat(HEADER_READ.matcher("\"Jumlah kolom '\" + column.label() + \"' dari \"").find()).isFalse();
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
