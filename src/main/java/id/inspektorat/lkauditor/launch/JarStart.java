package id.inspektorat.lkauditor.launch;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's {@code Main-Class}, copied by {@code mvn package} to the jar's root (outside
 * {@code BOOT-INF/classes}): {@code java -jar target/lk-auditor.jar} decides on the child JVM
 * ({@link Relaunch}) with the JDK's classes alone, before Spring Boot's loader opens the jar and its
 * nested libraries, which took the first JVM ~0,12 s of the ~0,3 s it spent before starting the child.
 * When the audit runs in this JVM, or for Boot's tools ({@code -Djarmode=}), it hands over to Boot's
 * {@code JarLauncher}, which reads the application class from the manifest's {@code Start-Class}.
 */
public final class JarStart {

    /** Spring Boot's launcher, in the jar's root (the manifest's {@code Main-Class} before this one). */
    static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private JarStart() {
    }

    public static void main(String[] args) throws Throwable {
        if (decides(System.getProperty("jarmode"))) {
            int child = Relaunch.fromJarStart(args);
            if (child >= 0) {
                System.exit(child);
            }
        }
        try {
            Class.forName(BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the application's own failure, as Boot's launcher would show it
        }
    }

    /** Boot's tools ({@code -Djarmode=tools extract}, which the launcher uses) are Boot's alone. */
    static boolean decides(String jarmode) {
        return jarmode == null || jarmode.isEmpty();
    }
}
