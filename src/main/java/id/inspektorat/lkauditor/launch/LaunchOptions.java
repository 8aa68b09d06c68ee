package id.inspektorat.lkauditor.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * What the start reads off the command line before anything else is loaded: the input folder, whether
 * the run is large enough for C2, and whether the JVM's options already chose the JIT. Shared by
 * {@link Relaunch} (in the jar's root, before Boot's loader) and {@code cli.JitBudget} (inside the JVM
 * that runs the audit), so both decide alike.
 */
public final class LaunchOptions {

    /** From this many PDFs on the run is long enough for C2 to pay. */
    public static final int LARGE_RUN = 50;

    /** Flags that say the JIT was chosen on the command line: that choice stands. */
    private static final List<String> JIT_FLAGS = List.of("TieredStopAtLevel", "TieredCompilation", "Tier4", "Tier3",
            "CompileCommand", "CompilerDirectivesFile", "CompileThreshold", "-Xint", "-Xcomp", "UseJVMCICompiler");

    private LaunchOptions() {
    }

    /** The input folder the arguments name (the last one wins, as in Spring), or the default. */
    public static String input(String[] args) {
        String input = "input";
        for (String a : args) {
            for (String prefix : new String[] {"--input=", "--lk.input="}) {
                if (a.startsWith(prefix)) {
                    input = a.substring(prefix.length());
                }
            }
        }
        return input;
    }

    /** Whether the input the arguments name holds {@value #LARGE_RUN} PDFs or more (counted no further). */
    public static boolean largeRun(String[] args) {
        return PdfFiles.count(Path.of(input(args)), LARGE_RUN) >= LARGE_RUN;
    }

    /** Whether a JVM option (or a string of them) chooses the JIT. */
    public static boolean setsJit(String option) {
        return JIT_FLAGS.stream().anyMatch(option::contains);
    }
}
