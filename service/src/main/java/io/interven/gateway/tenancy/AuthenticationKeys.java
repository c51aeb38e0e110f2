package io.interven.gateway.tenancy;

import io.interven.gateway.auth.KeyLookup;
import io.interven.gateway.auth.StoredKey;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The stored keys as authentication reads them: one statement per presented key. */
public class AuthenticationKeys implements KeyLookup {
    private final ApiKeyDao keys;

    public AuthenticationKeys(Jdbi jdbi) {
        this.keys = jdbi.onDemand(ApiKeyDao.class);
    }

    @Override
    public Optional<StoredKey> byHash(String keyHash) {
        return keys.findForAuthentication(keyHash);
    }
}
