package id.inspektorat.lkauditor.settings;

import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import id.inspektorat.lkauditor.vocabulary.Vocabulary.Entry;
import id.inspektorat.lkauditor.vocabulary.Vocabulary.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code rules/vocabulary.yml}: every {@link Term} with the words that name it. A term not
 * known, a key or a scope not known, an empty word, a {@code not-after} without {@code contains} or
 * {@code word}, or a term left undefined stops the start with the file's line. A rules folder
 * without the file uses the one shipped in the jar.
 */
final class VocabularyFile {

    static final String NAME = "vocabulary.yml";
    private static final Set<String> FIELDS = Set.of("in", "contains", "word", "is", "starts", "unless", "not-after");

    private VocabularyFile() {
    }

    static Vocabulary bundled() {
        return BundledFile.read(NAME, tmp -> read(tmp, "(bawaan) " + NAME));
    }

    static Vocabulary read(Path path, String file) {
        Node root = YamlReader.read(path, file);
        Map<String, Node> top = YamlReader.mapping(file, root, Set.of("terms"));
        Node terms = YamlReader.require(file, root, top, "terms");
        Map<String, Node> keys = YamlReader.keys(file, terms);
        Map<Term, Entry> entries = new EnumMap<>(Term.class);
        for (Map.Entry<String, Node> e : YamlReader.mapping(file, terms, null).entrySet()) {
            Node key = keys.get(e.getKey());
            Term term;
            try {
                term = Term.valueOf(e.getKey().trim());
            } catch (IllegalArgumentException ex) {
                throw YamlReader.error(file, key, "istilah tidak dikenal '" + e.getKey() + "' (yang dikenal: "
                        + Arrays.stream(Term.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
            }
            Map<String, Node> f = YamlReader.mapping(file, e.getValue(), FIELDS);
            String in = YamlReader.scalar(file, YamlReader.require(file, e.getValue(), f, "in")).trim();
            Scope scope;
            try {
                scope = Scope.valueOf(in.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException ex) {
                throw YamlReader.error(file, f.get("in"), "'in' tidak dikenal '" + in
                        + "' (header, leaf, segment, letters, leaf-letters, compact, caption, label)");
            }
            List<String> contains = words(file, f.get("contains"));
            List<String> word = words(file, f.get("word"));
            List<String> is = words(file, f.get("is"));
            List<String> starts = words(file, f.get("starts"));
            if (contains.isEmpty() && word.isEmpty() && is.isEmpty() && starts.isEmpty()) {
                throw YamlReader.error(file, key, "istilah '" + term + "' tanpa kata (contains, word, is atau starts)");
            }
            List<String> notAfter = words(file, f.get("not-after"));
            if (!notAfter.isEmpty() && contains.isEmpty() && word.isEmpty()) {
                // is and starts words stand first in the text: nothing stands before them
                throw YamlReader.error(file, f.get("not-after"), "'not-after' istilah '" + term
                        + "' hanya berlaku bersama contains atau word");
            }
            entries.put(term, new Entry(term, scope, contains, word, is, starts, words(file, f.get("unless")), notAfter,
                    file + ":" + (key.getStartMark().getLine() + 1)));
        }
        List<String> missing = Arrays.stream(Term.values()).filter(t -> !entries.containsKey(t)).map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw YamlReader.error(file, terms, "istilah tidak didefinisikan: " + String.join(", ", missing));
        }
        return new Vocabulary(entries);
    }

    private static List<String> words(String file, Node node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Node n : YamlReader.sequence(file, node)) {
            String w = YamlReader.scalar(file, n);
            if (w.isBlank()) {
                throw YamlReader.error(file, n, "kata kosong");
            }
            out.add(w);
        }
        return out;
    }
}
