package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;

/** {@code GET /v1/approvals/{approval_id}/status}: pending, approved, denied or expired. */
@Path("/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalStatusResource {
    private final ApprovalService approvals;

    public ApprovalStatusResource(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GET
    @Path("/{approvalId}/status")
    @RolesAllowed({Role.SCAN_NAME, Role.ANALYST_NAME})
    public Map<String, String> status(@Auth ApiKeyPrincipal key, @PathParam("approvalId") String approvalId) {
        UUID id = PathIds.uuid("approval_id", approvalId);
        return approvals.status(key.tenantId(), id)
                .map(status -> Map.of("approval_id", id.toString(), "status", status.apiName()))
                .orElseThrow(() -> ApiException.notFound("approval"));
    }
}
