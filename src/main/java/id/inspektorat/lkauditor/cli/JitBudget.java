package id.inspektorat.lkauditor.cli;

import id.inspektorat.lkauditor.launch.LaunchOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;

/**
 * The JIT budget of a run, chosen inside the JVM so that the README's plain {@code java -jar} gets it
 * without a launcher. On this project's 2-core machines C2 spends about a core for the first tens of
 * seconds compiling (58 s of compile time in a 24-report run, measured with {@code -XX:+CITime}) and a
 * run of a few dozen reports ends before it pays off; C1 alone is then the fastest. So, through a
 * compiler directive added with the JVM's own diagnostic command ({@code Compiler.directives_add},
 * what {@code jcmd} calls): under {@value LaunchOptions#LARGE_RUN} PDFs in the input no method is compiled by C2
 * (it is compiled by C1 without profiling instead, as with {@code -XX:TieredStopAtLevel=1}); from
 * {@value LaunchOptions#LARGE_RUN} on only the start-up frameworks are kept from C2, so the readers and rules that
 * run for hours get it. JIT flags given on the command line or in {@code JAVA_OPTS} are left alone,
 * and so is everything with {@code -Dlk.jit=jvm}; a JVM without the command runs as it is.
 */
public final class JitBudget {

    /** What the run does with the JIT. */
    public enum Choice {
        /** The JVM's own JIT, as the command line set it. */
        JVM,
        /** C1 only. */
        C1,
        /** C2 for all but the start-up frameworks. */
        C2_BUT_FRAMEWORKS
    }

    /** Packages that are busy at start-up only (Spring, H2, logging, YAML, templates, xlsx): C2 would be wasted on them. */
    private static final List<String> FRAMEWORKS = List.of("org/springframework/*", "org/h2/*", "ch/qos/*", "org/yaml/*",
            "freemarker/*", "org/apache/poi/*", "org/apache/xmlbeans/*", "com/fasterxml/*", "org/hibernate/*",
            "jdk/internal/reflect/*", "sun/reflect/*", "java/lang/invoke/*");

    private JitBudget() {
    }

    /** Chooses and applies the budget for the run these arguments start; returns what was chosen. */
    public static Choice apply(String[] args) {
        Choice choice = choose(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("lk.jit"),
                args);
        if (choice == Choice.JVM || !addDirective(directive(choice))) {
            return Choice.JVM;
        }
        return choice;
    }

    static Choice choose(List<String> jvmArgs, String property, String[] args) {
        if ("jvm".equalsIgnoreCase(property) || jvmArgs.stream().anyMatch(LaunchOptions::setsJit)) {
            return Choice.JVM;
        }
        if ("c1".equalsIgnoreCase(property)) {
            return Choice.C1;
        }
        if ("c2".equalsIgnoreCase(property)) {
            return Choice.C2_BUT_FRAMEWORKS;
        }
        return LaunchOptions.largeRun(args) ? Choice.C2_BUT_FRAMEWORKS : Choice.C1;
    }

    /** The compiler directive (JSON, HotSpot's format) for a choice other than {@link Choice#JVM}. */
    static String directive(Choice choice) {
        List<String> match = choice == Choice.C1 ? List.of("*.*") : FRAMEWORKS.stream().map(p -> p + ".*").toList();
        return "[{ match: [" + String.join(", ", match.stream().map(m -> "\"" + m + "\"").toList())
                + "], c2: { Exclude: true } }]";
    }

    private static boolean addDirective(String json) {
        Path file = null;
        try {
            file = Files.createTempFile("lk-jit", ".json");
            Files.writeString(file, json, StandardCharsets.UTF_8);
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(out).contains("added");
        } catch (Exception | LinkageError e) {
            return false; // a JVM without the command: its own JIT
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind
                }
            }
        }
    }
}
