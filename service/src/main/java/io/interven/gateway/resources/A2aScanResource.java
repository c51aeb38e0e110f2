package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.a2a.ChainVerdict;
import io.interven.gateway.a2a.DelegationChains;
import io.interven.gateway.api.A2aScanRequest;
import io.interven.gateway.api.A2aScanRequestParser;
import io.interven.gateway.api.ScanResponse;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.scan.ScanService;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /v1/a2a/scan}: evaluate a message from one agent of the tenant to another, with the limits of
 * {@code /v1/scan} (body size, rate, signatures, role {@code scan}). The {@code method} becomes the operation
 * answers and traces name, so a method in which a detector finds a value answers 400. {@code from_agent_id} is resolved as a scan's
 * {@code agent_id} (registered on first use; a key minted for an agent sends only as that agent);
 * {@code to_agent_id} must be an agent of the key's tenant and environment (403 {@code CROSS_TENANT} when only
 * another tenant has it, 403 {@code CROSS_ENVIRONMENT} in another environment, registered on first use when nobody
 * has it). The message is scanned as a call ({@link A2aMessageCall}) by the same service as a scan, answered as a
 * scan and traced like one; a {@code chain_id} adds the hop to its delegation chain first, and a loop or a chain too
 * deep answers DENY ({@code A2A_LOOP}, {@code A2A_CHAIN_DEPTH}) with the message still scanned and traced.
 */
@Path("/v1/a2a/scan")
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class A2aScanResource {
    private final RequestJson json;
    private final AgentResolver agents;
    private final TenantDirectory directory;
    private final DelegationChains chains;
    private final ScanService scans;
    private final IssuedTraces issued;
    private final FoundValueCheck values;

    public A2aScanResource(RequestJson json, AgentResolver agents, TenantDirectory directory,
                           DelegationChains chains, ScanService scans, IssuedTraces issued, FoundValueCheck values) {
        this.json = json;
        this.values = values;
        this.agents = agents;
        this.directory = directory;
        this.chains = chains;
        this.scans = scans;
        this.issued = issued;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public ScanResponse scan(@Auth ApiKeyPrincipal key, InputStream entity) {
        A2aScanRequest request = A2aScanRequestParser.parse(json.read(entity));
        if (values.carriesValue(request.method())) {
            throw ApiException.validation(List.of(new FieldProblem("method",
                    "must be a plain word such as delegate, not a value such as a secret or personal data")));
        }
        AgentRow from = agents.resolve(key, request.fromAgentId(), AgentResolver.Claim.NONE, "from_agent_id");
        AgentRow to = agents.resolveRecipient(key, request.toAgentId(), "to_agent_id");
        TenantRow tenant = directory.findTenant(key.tenantId())
                .orElseThrow(() -> new IllegalStateException("key without tenant"));
        ChainVerdict chain = request.chainId() == null ? ChainVerdict.NO_CHAIN
                : chains.hop(tenant.id(), tenant.hmacSalt(), request.chainId(), from.id(), to.id());
        ScanResponse answer = ScanResponse.of(scans.scan(A2aMessageCall.of(tenant, key.envName(), from, to, request),
                key.ephemeral(), chain.denialReason()));
        issued.remember(answer.traceId(), new IssuedTraces.Owner(tenant.id(), key.envName(), from.id(),
                key.isEphemeral() ? key.keyId() : null));
        return answer;
    }
}
