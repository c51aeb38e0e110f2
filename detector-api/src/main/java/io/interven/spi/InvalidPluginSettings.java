package io.interven.spi;

/**
 * A plugin's setting is missing or wrong. Thrown by the getters of {@link PluginSettings}, or by a plugin's own
 * checks in {@link Configurable#configure}; the gateway then refuses to start, in one line naming the plugin, the
 * full key ({@code plugins.config.<plugin-id>.<key>}) and the problem.
 *
 * <p>The problem must not quote the value: a setting may hold a credential, and the line goes to the log.
 */
public class InvalidPluginSettings extends RuntimeException {
    private final String key;
    private final String problem;

    /**
     * @param key     the key within the plugin's settings, sections joined with dots ({@code rules.github.weight})
     * @param problem what is wrong, for example {@code must be between 0 and 1}
     */
    public InvalidPluginSettings(String key, String problem) {
        super(key + ": " + problem);
        this.key = Require.nonBlank(key, "key");
        this.problem = Require.nonBlank(problem, "problem");
    }

    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
