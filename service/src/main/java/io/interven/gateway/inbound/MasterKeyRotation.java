package io.interven.gateway.inbound;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What start-up checks of the stored routes against the configured master keys, before anything is served:
 * <ul>
 *   <li>routes exist but no master key is configured: the gateway refuses to start (they could not be served);</li>
 *   <li>a route sealed with a key that is neither current nor retired: it refuses to start naming the prefix;</li>
 *   <li>a route sealed with a retired key: it is re-encrypted with the current key, row by row, each by a
 *       conditional UPDATE on the ciphertext that was read, so nodes starting at once do not clash; the count is
 *       logged.</li>
 * </ul>
 * Nothing is changed unless every route passes the first two checks. A route whose ciphertext does not open with
 * its retired key (changed, or copied from another row) is logged by prefix and left as it is; it is not served.
 */
public final class MasterKeyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyRotation.class);

    private final InboundRouteStore store;
    private final MasterKeyring keys;

    public MasterKeyRotation(InboundRouteStore store, MasterKeyring keys) {
        this.store = store;
        this.keys = keys;
    }

    /** Checks every route and re-encrypts those of retired keys; answers how many were re-encrypted here. */
    public int run() {
        List<InboundRouteRow> rows = store.all();
        if (rows.isEmpty()) {
            return 0;
        }
        if (keys.current().isEmpty()) {
            throw new InboundStartRefused(rows.size() + " inbound route(s) exist (the first: " + rows.get(0).prefix()
                    + ") but no master key is configured (" + MasterKeyring.MASTER_KEY_SETTING + "): the gateway"
                    + " refuses to start routes without a master key");
        }
        List<InboundRouteRow> retired = new ArrayList<>();
        for (InboundRouteRow row : rows) {
            if (keys.isRetired(row.credentialKeyId())) {
                retired.add(row);
            } else if (!keys.isCurrent(row.credentialKeyId())) {
                throw new InboundStartRefused("inbound route " + row.prefix() + " was sealed with a master key that"
                        + " is neither " + MasterKeyring.MASTER_KEY_SETTING + " nor one of "
                        + MasterKeyring.RETIRED_SETTING + ": configure that key (as current or retired) to start");
            }
        }
        int resealed = 0;
        for (InboundRouteRow row : retired) {
            try {
                if (store.reseal(row)) {
                    resealed++;
                }
            } catch (CredentialUnreadable unreadable) {
                LOG.error("{}; left as it is and not served", unreadable.getMessage());
            }
        }
        if (!retired.isEmpty()) {
            LOG.info("re-encrypted {} inbound route credential(s) sealed with retired master keys with the current"
                    + " key ({} found; another node starting at once may have re-encrypted the others)", resealed,
                    retired.size());
        }
        return resealed;
    }
}
