package id.inspektorat.lkauditor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages depend one way: no package (by its first segment: {@code rules.totals} is {@code rules})
 * reaches back to one that reaches it. Read from the sources — imports and fully qualified names alike,
 * so a name written out inline cannot hide a cycle.
 */
class PackageCycleTest {

    private static final Pattern REFERENCE = Pattern.compile("\\bid\\.inspektorat\\.lkauditor\\.([a-z]+)\\.");

    @Test
    void thePackageGraphHasNoCycle() {
        Map<String, Set<String>> graph = graph(Sources.MAIN);
        assertThat(graph.keySet()).contains("extraction", "normalization", "rules", "job", "vocabulary");
        assertThat(cycles(graph)).as("package cycles").isEmpty();
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        assertThat(cycles(graph)).containsExactly("a → b → c → a");
        assertThat(cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of())))).isEmpty();
    }

    static Map<String, Set<String>> graph(Path main) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Sources.Source f : Sources.under(main).files()) {
            String from = f.stage();
            if (from.isEmpty()) {
                continue; // the application class at the root wires everything
            }
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(f.text());
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    to.add(m.group(1));
                }
            }
        }
        return graph;
    }

    /** Each cycle once, from its alphabetically first package. */
    static List<String> cycles(Map<String, Set<String>> graph) {
        Set<String> found = new TreeSet<>();
        for (String start : graph.keySet()) {
            walk(graph, start, new ArrayList<>(List.of(start)), found);
        }
        return new ArrayList<>(found);
    }

    private static void walk(Map<String, Set<String>> graph, String at, List<String> path, Set<String> found) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                if (path.stream().allMatch(p -> p.compareTo(next) >= 0)) {
                    found.add(String.join(" → ", path) + " → " + next);
                }
            } else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
                path.add(next);
                walk(graph, next, path, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
