package io.interven.gateway.inbound;

import io.interven.gateway.config.InboundConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master keys of this gateway: the current one (which seals every credential written), if any, and the retired
 * ones it replaced (which still open the rows not yet re-encrypted). Keys are known by their ids.
 */
public final class MasterKeyring {
    static final String MASTER_KEY_SETTING = "inbound.masterKey (or " + InboundConfiguration.MASTER_KEY_VARIABLE + ")";
    static final String RETIRED_SETTING = "inbound.retiredMasterKeys";

    private final MasterKey current;
    private final Map<String, MasterKey> retired;

    MasterKeyring(MasterKey current, List<MasterKey> retired) {
        this.current = current;
        Map<String, MasterKey> byId = new LinkedHashMap<>();
        for (MasterKey key : retired) {
            if (current == null || !key.id().equals(current.id())) {
                byId.put(key.id(), key);
            }
        }
        this.retired = Map.copyOf(byId);
    }

    /**
     * The keys of the configuration, the current one from {@code inbound.masterKey} or else the environment; a
     * malformed key stops start-up naming its setting.
     */
    public static MasterKeyring from(InboundConfiguration config, Map<String, String> environment) {
        String currentText = config.masterKeyOrFrom(environment);
        MasterKey current = currentText.isEmpty() ? null : MasterKey.parse(MASTER_KEY_SETTING, currentText);
        List<String> retiredTexts = config.retiredMasterKeys == null ? List.of() : config.retiredMasterKeys;
        List<MasterKey> retired = new ArrayList<>();
        for (int i = 0; i < retiredTexts.size(); i++) {
            String text = retiredTexts.get(i);
            if (text != null && !text.isBlank()) {
                retired.add(MasterKey.parse(RETIRED_SETTING + "[" + i + "]", text));
            }
        }
        return new MasterKeyring(current, retired);
    }

    /** The key every credential is sealed with now; empty when none is configured. */
    public Optional<MasterKey> current() {
        return Optional.ofNullable(current);
    }

    /** The key of this id, current or retired. */
    Optional<MasterKey> byId(String keyId) {
        if (current != null && current.id().equals(keyId)) {
            return Optional.of(current);
        }
        return Optional.ofNullable(retired.get(keyId));
    }

    boolean isRetired(String keyId) {
        return retired.containsKey(keyId);
    }

    boolean isCurrent(String keyId) {
        return current != null && current.id().equals(keyId);
    }

    @Override
    public String toString() {
        return "MasterKeyring[current " + (current == null ? "none" : current.id()) + ", retired " + retired.keySet()
                + "]";
    }
}
