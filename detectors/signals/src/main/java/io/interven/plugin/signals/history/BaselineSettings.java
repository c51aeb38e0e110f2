package io.interven.plugin.signals.history;

import io.interven.plugin.signals.ConfiguredSignal;
import io.interven.spi.PluginSettings;
import java.time.Duration;
import java.util.List;

/**
 * The settings of {@link BaselineAnomalySignal}, section {@code baseline-anomaly} of the plugin's settings.
 *
 * @param warmUpCalls          calls the gateway must have recorded of the agent before the signal may fire
 * @param warmUp               how long ago the agent's first call must be before the signal may fire
 * @param newHostOrToolWeight  weight of a first call to a host or a first use of a tool
 * @param destructiveWeight    weight of a first destructive operation
 * @param volumeWeight         weight of a burst of calls
 * @param volumeFactor         a burst: calls in the last minute above this times the agent's usual rate ...
 * @param volumeFloor          ... and above this many
 * @param destructivePrefixes  operation names starting with one of these are destructive (besides verb DELETE)
 * @param adminWords           a writing operation whose name holds one of these is administrative, so destructive
 */
record BaselineSettings(int warmUpCalls, Duration warmUp, double newHostOrToolWeight, double destructiveWeight,
                        double volumeWeight, double volumeFactor, int volumeFloor, List<String> destructivePrefixes,
                        List<String> adminWords) {
    static final BaselineSettings DEFAULTS = new BaselineSettings(20, Duration.ofHours(1), 0.3, 0.65, 0.35, 5, 30,
            List.of("delete_", "remove_", "destroy_", "drop_", "purge_", "revoke_", "wipe_", "transfer_"),
            List.of("permission", "collaborator", "member", "role", "admin", "owner", "protection", "access"));

    static BaselineSettings of(PluginSettings s) {
        s.rejectUnknownKeys("warm-up-calls", "warm-up-minutes", "new-host-or-tool-weight", "destructive-weight",
                "volume-weight", "volume-factor", "volume-floor", "destructive-prefixes", "admin-words");
        BaselineSettings d = DEFAULTS;
        int calls = s.integer("warm-up-calls", d.warmUpCalls());
        int minutes = s.integer("warm-up-minutes", (int) d.warmUp().toMinutes());
        if (calls < 0) {
            throw s.invalid("warm-up-calls", "must be 0 or more");
        }
        if (minutes < 0) {
            throw s.invalid("warm-up-minutes", "must be 0 or more");
        }
        double factor = s.decimal("volume-factor", d.volumeFactor());
        if (factor < 1) {
            throw s.invalid("volume-factor", "must be 1 or more");
        }
        int floor = s.integer("volume-floor", d.volumeFloor());
        if (floor < 1) {
            throw s.invalid("volume-floor", "must be 1 or more");
        }
        return new BaselineSettings(calls, Duration.ofMinutes(minutes), weight(s, "new-host-or-tool-weight",
                d.newHostOrToolWeight()), weight(s, "destructive-weight", d.destructiveWeight()),
                weight(s, "volume-weight", d.volumeWeight()), factor, floor,
                s.has("destructive-prefixes") ? s.list("destructive-prefixes") : d.destructivePrefixes(),
                s.has("admin-words") ? s.list("admin-words") : d.adminWords());
    }

    private static double weight(PluginSettings s, String key, double fallback) {
        return ConfiguredSignal.weight(s, key, fallback);
    }
}
