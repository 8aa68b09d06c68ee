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
 * No rule reads header or row-label text: rules, the fact reader and the table understanding ask a column for its terms
 * ({@code rules/vocabulary.yml}) and for its header's structure, never for its path's words, and do
 * not test a caption or a column label against words of their own. Read from the sources.
 */
class HeaderWordsConfinementTest {

    /** A header path read, or a caption / column label tested against a literal word. */
    private static final Pattern HEADER_READ = Pattern.compile(
            "\\.path\\(\\)|(caption\\(\\)|[cC]olumn\\(?\\)?\\.label\\(\\)|\\blabel\\(\\w*\\))[^;]*\\.(contains|startsWith|endsWith|equals|equalsIgnoreCase|matches)\\(\"");

    @Test
    void rulesAndFactsAskForTermsNotHeaderWords() {
        List<String> offenders = new ArrayList<>();
        List<Sources.Source> sources = Sources.main().in(List.of("rules", "facts", "understanding")).toList();
        int files = sources.size();
        for (Sources.Source f : sources) {
            List<String> lines = f.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (HEADER_READ.matcher(lines.get(i)).find()) {
                    offenders.add(f.relative() + ":" + (i + 1) + ": " + lines.get(i).trim());
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
        assertThat(HEADER_READ.matcher("if (label(r).contains(\"tertimbang\")) {").find()).isTrue();
        assertThat(HEADER_READ.matcher("if (vocabulary.names(Term.ROW_NRR_WEIGHTED, label(r))) {").find()).isFalse();
        assertThat(HEADER_READ.matcher("if (c.has(Term.REALISASI) && !c.has(Term.PERCENT)) {").find()).isFalse();
        assertThat(HEADER_READ.matcher("\"Jumlah kolom '\" + column.label() + \"' dari \"").find()).isFalse();
    }

}
