package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import io.interven.gateway.api.ApprovalView;
import io.interven.gateway.approval.ApprovalRow;
import io.interven.gateway.approval.ApprovalSearch;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.ApprovalStatus;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.trace.TraceDao;
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
import org.jdbi.v3.core.Jdbi;

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
    private final RequestJson json;
    private final Jdbi jdbi;
    private final ObjectMapper mapper;
    private final ApprovalSearch search;

    public ApprovalResource(ApprovalService approvals, RequestJson json, Jdbi jdbi, ObjectMapper mapper) {
        this.approvals = approvals;
        this.json = json;
        this.jdbi = jdbi;
        this.mapper = mapper;
        this.search = new ApprovalSearch(jdbi);
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
        List<ApprovalRow> rows;
        if (wanted.equals("pending")) {
            rows = search.pending(key.tenantId(), envName, approvals.now(), DEFAULT_LIMIT);
        } else if (wanted.equals("all")) {
            rows = search.recent(key.tenantId(), envName, DEFAULT_LIMIT);
        } else {
            ApprovalStatus filter = parseStatus(wanted);
            long now = approvals.now();
            rows = search.recent(key.tenantId(), envName, DEFAULT_LIMIT * 5).stream()
                    .filter(row -> ApprovalStatus.of(row, now) == filter).limit(DEFAULT_LIMIT).toList();
        }
        return rows.stream().map(row -> view(key, row)).toList();
    }

    @GET
    @Path("/{approvalId}")
    @RolesAllowed(Role.ANALYST_NAME)
    public ApprovalView get(@Auth ApiKeyPrincipal key, @PathParam("approvalId") String approvalId) {
        return view(key, reachable(key, approvalId));
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
        ApprovalRow row = approvals.decide(key.tenantId(), id, approve, key.keyId(), comment);
        return view(key, row);
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
        String comment = in.text("comment", false, 2000).orElse(null);
        in.validate();
        return comment;
    }

    private ApprovalView view(ApiKeyPrincipal key, ApprovalRow row) {
        TraceView call = jdbi.withExtension(TraceDao.class, dao -> dao.find(key.tenantId(), row.traceId()))
                .map(trace -> TraceView.of(trace, mapper)).orElse(null);
        return ApprovalView.of(row, approvals.now(), call);
    }

    private static ApprovalStatus parseStatus(String status) {
        try {
            return ApprovalStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("status", "must be one of pending, approved, denied, expired, all");
        }
    }
}
