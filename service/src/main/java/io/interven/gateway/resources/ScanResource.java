package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.api.ScanRequest;
import io.interven.gateway.api.ScanRequestParser;
import io.interven.gateway.api.ScanResponse;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.StageTimer;
import io.interven.gateway.request.BoundedBody;
import io.interven.gateway.scan.ScanService;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantRow;
import io.interven.spi.AgentRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * {@code POST /v1/scan}: evaluate one outbound API call. The agent's name and runtime type handed to the pipeline
 * (and so to policy matching and the trace) are the registered agent's: {@code agent_name} and
 * {@code runtime_type} of a request naming a registered agent are validated and then dropped, so that claiming them
 * can neither satisfy a policy match nor carry a value into the audit trail. They serve once, to register an
 * {@code agent_id} the tenant has never used ({@link AgentResolver}; a name in which a detector finds a value is
 * not taken).
 */
@Path("/v1/scan")
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {
    private final RequestJson json;
    private final AgentResolver agents;
    private final TenantDirectory directory;
    private final ScanService scans;
    private final IssuedTraces issued;
    private final StageTimer parseTimer;

    public ScanResource(RequestJson json, AgentResolver agents, TenantDirectory directory, ScanService scans,
                 IssuedTraces issued) {
        this(json, agents, directory, scans, issued, StageTimer.NONE);
    }

    /** @param parseTimer times reading and parsing a request (those that parse) */
    public ScanResource(RequestJson json, AgentResolver agents, TenantDirectory directory, ScanService scans,
                 IssuedTraces issued, StageTimer parseTimer) {
        this.parseTimer = parseTimer;
        this.json = json;
        this.agents = agents;
        this.directory = directory;
        this.scans = scans;
        this.issued = issued;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public ScanResponse scan(@Auth ApiKeyPrincipal key, InputStream entity) {
        return scan(key, entity, BoundedBody.LENGTH_NOT_DECLARED);
    }

    /** A scan of the body {@code entity}, which declares {@code declaredLength} bytes (or not: {@link BoundedBody}). */
    public ScanResponse scan(ApiKeyPrincipal key, InputStream entity, long declaredLength) {
        long start = System.nanoTime();
        ScanRequest request = ScanRequestParser.parse(json.read(entity, declaredLength));
        parseTimer.lap(start);
        AgentRow agent = agents.resolve(key, request.agentId(),
                new AgentResolver.Claim(request.agentName(), request.runtimeType()));
        TenantRow tenant = directory.findTenant(key.tenantId())
                .orElseThrow(() -> new IllegalStateException("key without tenant"));
        CallInput input = new CallInput(tenant.id(), key.envName(), tenant.hmacSalt(), request.method(),
                request.url(), request.headers(), request.body(), request.bodyBytes(),
                new AgentRef(agent.id().toString(), agent.name(), agent.runtimeType()), request.context());
        ScanResponse answer = ScanResponse.of(scans.scan(input, key.ephemeral()));
        issued.remember(answer.traceId(), new IssuedTraces.Owner(tenant.id(), key.envName(), agent.id(),
                key.isEphemeral() ? key.keyId() : null));
        return answer;
    }
}
