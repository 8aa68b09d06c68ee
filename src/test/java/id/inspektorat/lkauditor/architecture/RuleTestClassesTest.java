package id.inspektorat.lkauditor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule has its own test class, Error Prone style: a class annotated {@code @RuleInfo} under
 * {@code src/main/java} has a {@code <Name>Test} in the same package under {@code src/test/java}
 * with at least two {@code @Test} methods (a case that finds and one that does not). Read from the
 * sources.
 */
class RuleTestClassesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST = Path.of("src/test/java");
    private static final Pattern RULE = Pattern.compile("^@RuleInfo\\(", Pattern.MULTILINE);
    private static final Pattern TEST_METHOD = Pattern.compile("^\\s*@Test\\b", Pattern.MULTILINE);
    static final int MIN_TESTS = 2;

    @Test
    void everyRuleHasItsOwnTestClassWithAFindingAndANoFinding() {
        List<Path> rules = rules(MAIN);
        assertThat(rules).hasSizeGreaterThan(25);
        assertThat(offenders(MAIN, TEST)).as("rules without a <Name>Test of %d or more @Test in their package", MIN_TESTS)
                .isEmpty();
    }

    @Test
    void theCheckSeesAMissingAThinAndAMisplacedTestClass(@TempDir Path root) throws IOException {
        Path main = root.resolve("main");
        Path test = root.resolve("test");
        rule(main, "a/Good.java", "Good");
        rule(main, "a/Thin.java", "Thin");
        rule(main, "a/Missing.java", "Missing");
        rule(main, "b/Elsewhere.java", "Elsewhere");
        write(main.resolve("a/NotARule.java"), "final class NotARule { String s = \"has no @RuleInfo\"; }");
        write(test.resolve("a/GoodTest.java"), "class GoodTest {\n    @Test\n    void a() {}\n\n    @Test\n    void b() {}\n}\n");
        write(test.resolve("a/ThinTest.java"), "class ThinTest {\n    @Test\n    void a() {}\n    @TestFactory\n    void b() {}\n}\n");
        write(test.resolve("a/ElsewhereTest.java"), "class ElsewhereTest {\n    @Test\n    void a() {}\n    @Test\n    void b() {}\n}\n");
        assertThat(offenders(main, test)).containsExactly(
                "a/Missing.java: no a/MissingTest.java",
                "a/Thin.java: a/ThinTest.java has 1 @Test",
                "b/Elsewhere.java: no b/ElsewhereTest.java");
    }

    /** The sources under {@code main} of the classes annotated {@code @RuleInfo}, relative to {@code main}. */
    static List<Path> rules(Path main) {
        return Sources.under(main).files().stream().filter(f -> RULE.matcher(f.text()).find())
                .map(Sources.Source::relative).toList();
    }

    static List<String> offenders(Path main, Path test) {
        List<String> out = new ArrayList<>();
        for (Path rule : rules(main)) {
            String name = rule.getFileName().toString().replaceFirst("\\.java$", "");
            Path expected = rule.resolveSibling(name + "Test.java");
            Path file = test.resolve(expected);
            if (!Files.isRegularFile(file)) {
                out.add(slashes(rule) + ": no " + slashes(expected));
                continue;
            }
            Matcher m = TEST_METHOD.matcher(Sources.read(file));
            int tests = 0;
            while (m.find()) {
                tests++;
            }
            if (tests < MIN_TESTS) {
                out.add(slashes(rule) + ": " + slashes(expected) + " has " + tests + " @Test");
            }
        }
        return out;
    }

    private static void rule(Path main, String file, String name) throws IOException {
        write(main.resolve(file), "@Component\n@RuleInfo(id = \"X-" + name + "\", severity = Severity.ERROR, summary = \"x\")\n"
                + "public final class " + name + " implements TableRule {\n}\n");
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

}
