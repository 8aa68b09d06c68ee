package id.inspektorat.lkauditor.settings;

/** A settings file in {@code rules/} that cannot be used: names the file, the line and the reason. */
public final class RulesConfigException extends RuntimeException {

    public RulesConfigException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
