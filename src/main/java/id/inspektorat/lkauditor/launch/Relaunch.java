package id.inspektorat.lkauditor.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's {@code java -jar target/lk-auditor.jar} run in a child JVM with the nightly launcher's
 * choices ({@code scripts/lk-auditor}): {@code -Xmx1g}, the JIT as flags (under {@value LaunchOptions#LARGE_RUN}
 * PDFs {@code -XX:TieredStopAtLevel=1}, which a compiler directive cannot give; from {@value LaunchOptions#LARGE_RUN}
 * on C2 for the hottest methods only) and the launcher's class-data-sharing archive {@code target/cds/app.jsa}
 * when it is there and newer than the jar. Decided before Spring is touched. Only a Boot jar started on
 * its own is relaunched; never with {@code -Dlk.relaunch=false}, inside the child, or when the command line
 * (or {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}) sets the heap, the JIT, class sharing or an agent:
 * that choice stands and the run stays in this JVM. The child gets this JVM's arguments and the program's,
 * the console, and its exit code is this one's; stopping this JVM (Ctrl-C, SIGTERM) stops the child.
 *
 * <p>Decided first by {@link JarStart}, the jar's own main class, before Boot's loader opens the jar;
 * this package uses nothing but the JDK, as it is copied to the jar's root. A jar built without that
 * step starts Boot's loader, and {@code LkAuditorApplication} decides here instead.
 */
public final class Relaunch {

    /** Set in the child: it runs the audit itself. */
    static final String CHILD = "lk.child";

    /** {@code -Dlk.relaunch=false}: the audit runs in the JVM the user started. */
    static final String OPT_OUT = "lk.relaunch";

    /** JVM options that show a choice of heap, JIT, class sharing or tooling: not second-guessed. */
    private static final List<String> DELIBERATE = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-Xshare",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-agentlib", "-agentpath", "-javaagent", "-Xdebug",
            "-Xrunjdwp", "-XX:Flags", "-XX:VMOptionsFile", "-Xint", "-Xcomp");

    /** The launcher's JIT from {@value LaunchOptions#LARGE_RUN} PDFs on: C2 for the hottest methods, shallow inlining. */
    static final List<String> LARGE_RUN_JIT = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000",
            "-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500");

    /**
     * The class metadata of Spring, PDFBox and Tabula is ~55 MB; at the default threshold (~21 MB) G1
     * starts a concurrent cycle in the middle of start-up to unload classes that are all still in use.
     * Measured on the real corpus: 0,4 s less wall time per run.
     */
    static final String METASPACE = "-XX:MetaspaceSize=96m";

    /** How long the child may take to stop once this JVM is told to stop. */
    private static final long STOP_SECONDS = 30;

    private Relaunch() {
    }

    /**
     * Runs the audit in a child JVM when that is the choice (see the class); called by the application's
     * main method, inside Boot's loader.
     *
     * @return the child's exit code, or -1: the audit runs here
     */
    public static int inChild(String[] args, Class<?> main) {
        if (Boolean.getBoolean(CHILD)) {
            stopWithParent();
            return -1;
        }
        return relaunch(args, bootJar(System.getProperty("java.class.path"),
                main.getClassLoader() != ClassLoader.getSystemClassLoader()));
    }

    /**
     * The same choice made by {@link JarStart}, from the jar's root: the class path is the jar. When the
     * audit runs in this JVM the choice is recorded as {@code -Dlk.relaunch=false}, so the application
     * does not make it again.
     *
     * @return the child's exit code, or -1: the audit runs here
     */
    static int fromJarStart(String[] args) {
        if (Boolean.getBoolean(CHILD)) {
            return -1; // the application's main method watches the parent
        }
        int code = relaunch(args, bootJar(System.getProperty("java.class.path"), true));
        if (code < 0) {
            System.setProperty(OPT_OUT, "false");
        }
        return code;
    }

    private static int relaunch(String[] args, Path jar) {
        if (jar == null || "false".equalsIgnoreCase(System.getProperty(OPT_OUT))) {
            return -1; // before the management classes load: decided, or not a jar
        }
        List<String> jvmArgs;
        try {
            jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
        if (!wanted(jvmArgs, System.getenv(), jar, System.getProperty(OPT_OUT), System.getProperty(CHILD))) {
            return -1;
        }
        List<String> command = command(java(), jvmArgs, jar, args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // their options are in jvmArgs already; read again by the child they would be doubled (and announced twice)
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return -1; // no child: the audit runs here, as before
        }
        Thread stop = new Thread(() -> stop(child), "lk-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child's exit code is the answer
            }
        }
    }

    /** The Boot jar this JVM was started from, or null: a class path, an IDE, a test, an extracted jar. */
    static Path bootJar(String classPath, boolean nestedLoader) {
        if (!nestedLoader || classPath == null || classPath.isBlank() || classPath.contains(File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath);
        return Files.isRegularFile(jar) ? jar.toAbsolutePath() : null;
    }

    static boolean wanted(List<String> jvmArgs, Map<String, String> env, Path jar, String optOut, String child) {
        if (jar == null || "false".equalsIgnoreCase(optOut) || "true".equalsIgnoreCase(child)) {
            return false;
        }
        List<String> given = new ArrayList<>(jvmArgs);
        // read as the JVM reads them: options separated by white space
        given.add(env.getOrDefault("JAVA_TOOL_OPTIONS", ""));
        given.add(env.getOrDefault("JDK_JAVA_OPTIONS", ""));
        return given.stream().noneMatch(Relaunch::deliberate);
    }

    /** An option (or a variable's options) that sets the heap, the JIT, class sharing or an agent. */
    private static boolean deliberate(String options) {
        return DELIBERATE.stream().anyMatch(options::contains) || LaunchOptions.setsJit(options);
    }

    /** The child's command: the same java, this JVM's arguments, the launcher's heap, JIT and archive, the same program arguments. */
    static List<String> command(String java, List<String> jvmArgs, Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.add("-Xmx1g");
        command.add(METASPACE);
        if (!LaunchOptions.largeRun(args)) {
            command.add("-XX:TieredStopAtLevel=1");
        } else {
            command.addAll(LARGE_RUN_JIT);
        }
        command.add("-D" + CHILD + "=true");
        Path cds = jar.resolveSibling("cds");
        Path archive = cds.resolve("app.jsa");
        Path extracted = cds.resolve(jar.getFileName());
        if (fresh(archive, extracted, jar)) {
            // a stale or unusable archive is the JVM's to reject: silently, the run goes on without it
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
                    extracted.toString()));
        } else {
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher's archive and extracted jar, made from this jar (not older than it), as the launcher checks. */
    static boolean fresh(Path archive, Path extracted, Path jar) {
        try {
            return Files.isRegularFile(archive) && Files.isRegularFile(extracted)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Ctrl-C or SIGTERM of this JVM: the child is told to stop and waited for, then made to. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** In the child: a parent killed outright (SIGKILL) leaves no orphan holding the output folder's lock. */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
    }
}
