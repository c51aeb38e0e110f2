package io.interven.gateway.tenancy;

import io.interven.spi.PluginSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The principals that belong to a tenant's own organisation, one list per kind, each value normalized
 * ({@link OwnPrincipalKinds}). Signals receive them as the section {@code own} of their tenant settings
 * ({@link #asSignalSettings()}).
 */
public record OwnPrincipals(Map<String, List<String>> lists) {
    public static final String SIGNAL_SECTION = "own";
    private static final OwnPrincipals NONE = new OwnPrincipals(Map.of());

    public OwnPrincipals {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String kind : OwnPrincipalKinds.SETTINGS) {
            copy.put(kind, List.copyOf(lists.getOrDefault(kind, List.of())));
        }
        lists = Collections.unmodifiableMap(copy);
    }

    public static OwnPrincipals none() {
        return NONE;
    }

    static OwnPrincipals of(List<OwnPrincipalRow> rows) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (OwnPrincipalRow row : rows) {
            lists.computeIfAbsent(row.kind(), kind -> new ArrayList<>()).add(row.principal());
        }
        return new OwnPrincipals(lists);
    }

    public boolean isEmpty() {
        return lists.values().stream().allMatch(List::isEmpty);
    }

    /** The settings every signal sees: {@code own.email_domains}, ... (empty when the tenant named none). */
    public PluginSettings asSignalSettings() {
        if (isEmpty()) {
            return PluginSettings.empty();
        }
        Map<String, Object> own = new LinkedHashMap<>();
        lists.forEach((kind, values) -> {
            if (!values.isEmpty()) {
                own.put(kind, values);
            }
        });
        return PluginSettings.of(Map.of(SIGNAL_SECTION, own));
    }
}
