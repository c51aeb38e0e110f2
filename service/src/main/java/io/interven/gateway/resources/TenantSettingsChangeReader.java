package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.TenantSettingsChange;
import java.util.List;
import java.util.Optional;

/** Reads the body of {@code PATCH /v1/admin/tenants/{id}/settings}; a field it does not know answers 400. */
final class TenantSettingsChangeReader {
    static final String RATE_LIMIT = "rate_limit_per_minute";
    static final String REQUIRE_SIGNED = "require_signed_requests";
    static final String AUTO_REGISTER = "auto_register_agents";
    static final int MAX_RATE_LIMIT = 1_000_000;
    private static final List<String> KNOWN = List.of(RATE_LIMIT, REQUIRE_SIGNED, AUTO_REGISTER,
            OwnPrincipalsReader.FIELD);

    private TenantSettingsChangeReader() {
    }

    static TenantSettingsChange read(JsonNode body) {
        RequestReader in = new RequestReader(body);
        in.onlyFields(KNOWN, "the tenant settings");
        Optional<Optional<Integer>> rateLimit = Optional.empty();
        JsonNode limit = in.node(RATE_LIMIT);
        if (limit != null) {
            if (limit.isNull()) {
                rateLimit = Optional.of(Optional.empty());
            } else if (!limit.isIntegralNumber() || !limit.canConvertToInt() || limit.asInt() < 1
                    || limit.asInt() > MAX_RATE_LIMIT) {
                in.problem(RATE_LIMIT, "must be null (the gateway default) or an integer from 1 to " + MAX_RATE_LIMIT);
            } else {
                rateLimit = Optional.of(Optional.of(limit.asInt()));
            }
        }
        Optional<Boolean> requireSigned = flag(in, REQUIRE_SIGNED);
        Optional<Boolean> autoRegister = flag(in, AUTO_REGISTER);
        var ownPrincipals = OwnPrincipalsReader.read(in);
        in.validate();
        return new TenantSettingsChange(rateLimit, requireSigned, autoRegister, ownPrincipals);
    }

    private static Optional<Boolean> flag(RequestReader in, String field) {
        JsonNode value = in.node(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            in.problem(field, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
    }
}
