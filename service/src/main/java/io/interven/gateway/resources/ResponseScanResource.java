package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.auth.Auth;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.core.ResponseClassification;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.scan.ResponseReports;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantRow;
import io.interven.gateway.trace.TraceSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /v1/scan/response}: classify the response body of an upstream call
 * ({@code {trace_id, response_body, response_status}} -> {@code {data_classes, fields_redacted_count,
 * content_fingerprint}}). The classification is kept (types, counts, fingerprint; never content). The
 * {@code trace_id} must name a scan of the key's own tenant and environment (and, for a key minted for an agent, of
 * that agent; for an ephemeral key, of a call that key made); any other id answers 404 and nothing is stored. An
 * ephemeral key reports the responses of its calls without using a use, even once it has none left. For the answer
 * to a READ call, keyed hashes of its sensitive values and long text fields (never the values) join the agent's
 * history for the read-value window.
 */
@Path("/v1/scan/response")
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class ResponseScanResource {
    private final RequestJson json;
    private final TenantDirectory directory;
    private final TraceSearch traces;
    private final IssuedTraces issued;
    private final ResponseReports reports;

    public ResponseScanResource(RequestJson json, TenantDirectory directory, TraceSearch traces, IssuedTraces issued,
                                ResponseReports reports) {
        this.json = json;
        this.directory = directory;
        this.traces = traces;
        this.issued = issued;
        this.reports = reports;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    @OpenToUsedUpKeys
    public Map<String, Object> classify(@Auth ApiKeyPrincipal key, InputStream entity) {
        RequestReader in = new RequestReader(json.read(entity));
        UUID traceId = in.uuid("trace_id", true).orElse(null);
        JsonNode body = in.node("response_body");
        if (body != null && !(body.isNull() || body.isObject() || body.isArray() || body.isTextual())) {
            in.problem("response_body", "must be a JSON object, array or string");
        }
        Integer status = null;
        JsonNode statusNode = in.node("response_status");
        if (statusNode != null && !statusNode.isNull()) {
            if (!statusNode.isIntegralNumber() || statusNode.asInt() < 100 || statusNode.asInt() > 599) {
                in.problem("response_status", "must be an HTTP status code from 100 to 599");
            } else {
                status = statusNode.asInt();
            }
        }
        in.validate();
        if (!isOwnScan(key, traceId)) {
            throw ApiException.notFound("trace");
        }
        TenantRow tenant = directory.findTenant(key.tenantId()).orElseThrow();
        ResponseClassification result = reports.report(tenant, key.envName(), traceId, status, body);

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("trace_id", traceId);
        answer.put("data_classes", result.dataClasses());
        answer.put("entity_types", result.entityTypes());
        answer.put("fields_redacted_count", result.fieldsRedactedCount());
        answer.put("content_fingerprint", result.contentFingerprint());
        return answer;
    }

    /**
     * The trace is one this key could have made: same tenant and environment, its own agent when bound, and for an
     * ephemeral key a call it made itself.
     */
    private boolean isOwnScan(ApiKeyPrincipal key, UUID traceId) {
        Optional<IssuedTraces.Owner> owner = issued.owner(traceId).or(() -> traces.find(key.tenantId(), traceId)
                .map(trace -> new IssuedTraces.Owner(trace.tenantId(), trace.envName(), trace.agentId(),
                        trace.ephemeralKeyId())));
        return owner.filter(o -> o.tenantId().equals(key.tenantId()))
                .filter(o -> o.envName().equals(key.envName()))
                .filter(o -> !key.isAgentBound() || key.boundAgentId().equals(o.agentId()))
                .filter(o -> !key.isEphemeral() || key.keyId().equals(o.ephemeralKeyId()))
                .isPresent();
    }

}
