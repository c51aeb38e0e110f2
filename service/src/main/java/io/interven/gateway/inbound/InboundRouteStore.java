package io.interven.gateway.inbound;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The routes in the database, their credentials sealed by {@link CredentialCipher} before they are written and
 * opened only by {@link #open}. Every admin method is scoped by tenant: another tenant's route is not found, as a
 * missing one. The one thing a tenant learns of the others is that a prefix is taken (409 {@code PREFIX_TAKEN}),
 * since the prefix is the route's place in the gateway's one namespace of paths: not whose it is, nor anything of it.
 */
public class InboundRouteStore {
    private final Jdbi jdbi;
    private final CredentialCipher cipher;
    private final Clock clock;

    public InboundRouteStore(Jdbi jdbi, CredentialCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Stores a new route of the tenant; 409 {@code PREFIX_TAKEN} when any tenant has its prefix. */
    public InboundRouteRow create(UUID tenantId, RouteDraft draft) {
        if (!draft.hasCredential()) {
            throw new IllegalArgumentException("a new route needs a credential");
        }
        SealedCredential sealed = cipher.seal(tenantId, draft.prefix(), draft.credential());
        long now = clock.millis();
        InboundRouteRow row = InboundRouteRow.of(tenantId, draft, draft.credential().type(),
                CredentialCipher.nameOf(draft.credential()), sealed, now, now);
        if (jdbi.withExtension(InboundRouteDao.class, dao -> dao.prefixTaken(draft.prefix()))) {
            throw prefixTaken();
        }
        try {
            jdbi.useExtension(InboundRouteDao.class, dao -> dao.insert(row));
        } catch (UnableToExecuteStatementException e) {
            if (jdbi.withExtension(InboundRouteDao.class, dao -> dao.prefixTaken(draft.prefix()))) {
                throw prefixTaken();
            }
            throw e;
        }
        return row;
    }

    /**
     * Replaces the tenant's route of {@code draft.prefix()} whole, keeping its stored credential when the draft
     * carries none; empty when the tenant has no route of that prefix.
     */
    public Optional<InboundRouteRow> replace(UUID tenantId, RouteDraft draft) {
        Optional<InboundRouteRow> stored = find(tenantId, draft.prefix());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        InboundRouteRow before = stored.get();
        InboundRouteRow next;
        if (draft.hasCredential()) {
            next = InboundRouteRow.of(tenantId, draft, draft.credential().type(),
                    CredentialCipher.nameOf(draft.credential()),
                    cipher.seal(tenantId, draft.prefix(), draft.credential()), before.createdAt(), clock.millis());
        } else {
            next = InboundRouteRow.of(tenantId, draft, before.credentialType(), before.credentialName(),
                    before.sealed(), before.createdAt(), clock.millis());
        }
        int changed = jdbi.withExtension(InboundRouteDao.class, dao -> dao.update(next));
        return changed == 1 ? Optional.of(next) : Optional.empty();
    }

    /** True when the tenant had a route of this prefix, now deleted. */
    public boolean delete(UUID tenantId, String prefix) {
        return jdbi.withExtension(InboundRouteDao.class, dao -> dao.delete(tenantId, prefix)) == 1;
    }

    public Optional<InboundRouteRow> find(UUID tenantId, String prefix) {
        return jdbi.withExtension(InboundRouteDao.class, dao -> dao.findInTenant(tenantId, prefix));
    }

    public List<InboundRouteRow> list(UUID tenantId) {
        return jdbi.withExtension(InboundRouteDao.class, dao -> dao.listInTenant(tenantId));
    }

    /** Every route of every tenant, sealed: for the gateway itself (cache, start-up check), never an answer. */
    List<InboundRouteRow> all() {
        return jdbi.withExtension(InboundRouteDao.class, InboundRouteDao::listAll);
    }

    Optional<InboundRouteRow> byPrefix(String prefix) {
        return jdbi.withExtension(InboundRouteDao.class, dao -> dao.findAnyTenant(prefix));
    }

    /** The route with its credential opened; {@link CredentialUnreadable} when it does not open. */
    InboundRoute open(InboundRouteRow row) {
        return row.withCredential(cipher.open(row.tenantId(), row.prefix(), row.credentialType(),
                row.credentialName(), row.sealed()));
    }

    /**
     * Seals the row's credential again with the current key, if the row still holds what was read; false when
     * another node changed it first.
     */
    boolean reseal(InboundRouteRow row) {
        SealedCredential next = cipher.reseal(row.tenantId(), row.prefix(), row.credentialType(),
                row.credentialName(), row.sealed());
        return jdbi.withExtension(InboundRouteDao.class, dao -> dao.reseal(row.prefix(), next.ciphertext(),
                next.nonce(), next.keyId(), row.credentialKeyId(), row.credentialNonce())) == 1;
    }

    private static ApiException prefixTaken() {
        return new ApiException(ErrorCode.PREFIX_TAKEN, "this prefix is taken: prefixes are unique across the"
                + " gateway", List.of(new FieldProblem("prefix", "is taken")));
    }
}
