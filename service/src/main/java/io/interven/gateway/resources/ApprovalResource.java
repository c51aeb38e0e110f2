package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import io.interven.gateway.api.ApprovalView;
import io.interven.gateway.approval.ApprovalRow;
import io.interven.gateway.approval.ApprovalSearch;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.ApprovalStatus;
import io.interven.gateway.approval.ApprovalWithCall;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.trace.TraceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Approvals: agents poll {@code GET /{id}/status}; analysts list ({@code ?status=pending&env=}) and
 * {@code POST /{id}/approve} or {@code /{id}/deny} with a comment. Scan and analyst keys reach their own environment
 * only: an approval of another environment is not found (ids do not leak), and {@code ?env=} naming another answers
 * 403. Admin keys reach every environment of their tenant.
 */
@Path("/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {
    private static final int DEFAULT_LIMIT = 100;

    private final ApprovalService approvals;
    private final ApprovalSearch search;
    private final RequestJson json;
    private final ObjectMapper mapper;

    public ApprovalResource(ApprovalService approvals, ApprovalSearch search, RequestJson json, ObjectMapper mapper) {
        this.approvals = approvals;
        this.search = search;
        this.json = json;
        this.mapper = mapper;
    }

    @GET
    @Path("/{approvalId}/status")
    @RolesAllowed({Role.SCAN_NAME, Role.ANALYST_NAME})
    public Map<String, String> status(@Auth ApiKeyPrincipal key, @PathParam("approvalId") String approvalId) {
        ApprovalRow row = reachable(key, approvalId);
        return Map.of("approval_id", row.id().toString(), "status", ApprovalStatus.of(row, approvals.now()).apiName());
    }

    @GET
    @RolesAllowed(Role.ANALYST_NAME)
    public List<ApprovalView> list(@Auth ApiKeyPrincipal key, @QueryParam("status") String status,
                                   @QueryParam("env") String env) {
        String envName = EnvironmentScope.listFilter(key, "env", env);
        String wanted = status == null || status.isBlank() ? "pending" : status.toLowerCase(Locale.ROOT);
        ApprovalStatus filter = wanted.equals("all") ? null : parseStatus(wanted);
        long now = approvals.now();
        return search.list(key.tenantId(), envName, filter, now, DEFAULT_LIMIT).stream()
                .map(listed -> view(listed, now)).toList();
    }

    @GET
    @Path("/{approvalId}")
    @RolesAllowed(Role.ANALYST_NAME)
    public ApprovalView get(@Auth ApiKeyPrincipal key, @PathParam("approvalId") String approvalId) {
        return withCall(key, PathIds.uuid("approval_id", approvalId));
    }

    @POST
    @Path("/{approvalId}/approve")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ANALYST_NAME)
    public ApprovalView approve(@Auth ApiKeyPrincipal key, @PathParam("approvalId") String approvalId,
                                InputStream entity) {
        return decide(key, approvalId, entity, true);
    }

    @POST
    @Path("/{approvalId}/deny")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ANALYST_NAME)
    public ApprovalView deny(@Auth ApiKeyPrincipal key, @PathParam("approvalId") String approvalId,
                             InputStream entity) {
        return decide(key, approvalId, entity, false);
    }

    private ApprovalView decide(ApiKeyPrincipal key, String approvalId, InputStream entity, boolean approve) {
        UUID id = reachable(key, approvalId).id();
        String comment = comment(entity);
        approvals.decide(key.tenantId(), id, approve, key.keyId(), comment);
        return withCall(key, id);
    }

    /** The approval of the key's tenant, when the key reaches its environment; otherwise 404, as for unknown ids. */
    private ApprovalRow reachable(ApiKeyPrincipal key, String approvalId) {
        UUID id = PathIds.uuid("approval_id", approvalId);
        return approvals.find(key.tenantId(), id).filter(row -> key.reaches(row.envName()))
                .orElseThrow(() -> ApiException.notFound("approval"));
    }

    /** The optional {@code {"comment": "..."}} body; an empty body means no comment. */
    private String comment(InputStream entity) {
        byte[] peek;
        try {
            peek = entity.readNBytes(1);
        } catch (java.io.IOException e) {
            throw ApiException.invalidField("$", "request body could not be read");
        }
        if (peek.length == 0) {
            return null;
        }
        InputStream whole = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(peek), entity);
        RequestReader in = new RequestReader(json.read(whole));
        in.onlyFields(List.of("comment"), "a decision");
        String comment = in.text("comment", false, 2000).orElse(null);
        in.validate();
        return comment;
    }

    /** The approval as analysts see it, with its call, as of now; 404 unless the key reaches it (as above). */
    private ApprovalView withCall(ApiKeyPrincipal key, UUID approvalId) {
        return search.find(key.tenantId(), approvalId).filter(listed -> key.reaches(listed.approval().envName()))
                .map(listed -> view(listed, approvals.now()))
                .orElseThrow(() -> ApiException.notFound("approval"));
    }

    private ApprovalView view(ApprovalWithCall listed, long now) {
        TraceView call = listed.call() == null ? null : TraceView.of(listed.call(), mapper);
        return ApprovalView.of(listed.approval(), now, call);
    }

    private static ApprovalStatus parseStatus(String status) {
        try {
            return ApprovalStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("status", "must be one of pending, approved, denied, expired, all");
        }
    }
}
