package id.inspektorat.lkauditor.cli;

import id.inspektorat.lkauditor.settings.RulesConfigException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A failed run told in one or two lines an operator can act on: a settings file with its
 * {@code file:line: reason}, a database that cannot be reached with its URL and the variables that
 * set it, otherwise the root cause; the stack trace is in the log file.
 */
public final class StartFailure {

    private StartFailure() {
    }

    public static String explain(Throwable e, Path logFile) {
        Throwable settings = find(e, RulesConfigException.class);
        if (settings != null) {
            return "Pengaturan aturan tidak dapat dipakai: " + settings.getMessage();
        }
        Throwable sql = find(e, SQLException.class);
        if (sql != null || find(e, ConnectException.class) != null) {
            String url = System.getenv().getOrDefault("LK_DB_URL", "");
            return "Basis data tidak dapat dihubungi" + (url.isEmpty() ? "" : " di " + url) + ": " + root(e).getMessage()
                    + "\nAtur LK_DB_URL, LK_DB_USER dan LK_DB_PASSWORD (profil postgres), atau jalankan tanpa profil (H2 bawaan).";
        }
        Throwable root = root(e);
        return "Audit gagal: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + "\nRincian di " + logFile.toAbsolutePath() + " (atau jalankan dengan --debug).";
    }

    /** Failures the operator fixes in the settings (exit code 2), not in the run. */
    public static boolean isSettings(Throwable e) {
        return find(e, RulesConfigException.class) != null;
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
