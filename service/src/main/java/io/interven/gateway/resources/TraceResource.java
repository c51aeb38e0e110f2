package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.trace.TraceQuery;
import io.interven.gateway.trace.TraceSearch;
import io.interven.gateway.trace.TraceWriter;
import io.interven.gateway.trace.TraceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /v1/traces/{trace_id}} and {@code GET /v1/traces?agent_id=&decision=&since=&limit=&env=} (analyst).
 * Scan and analyst keys see their own environment only: a trace of another environment is not found, and
 * {@code ?env=} naming another answers 403. Admin keys see every environment of their tenant unless {@code ?env=}.
 */
@Path("/v1/traces")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final TraceSearch search;
    private final TraceWriter unwritten;
    private final ObjectMapper mapper;

    public TraceResource(TraceSearch search, TraceWriter unwritten, ObjectMapper mapper) {
        this.search = search;
        this.unwritten = unwritten;
        this.mapper = mapper;
    }

    @GET
    @Path("/{traceId}")
    @RolesAllowed(Role.ANALYST_NAME)
    public TraceView get(@Auth ApiKeyPrincipal key, @PathParam("traceId") String traceId) {
        UUID id = PathIds.uuid("trace_id", traceId);
        return search.find(key.tenantId(), id)
                .or(() -> unwritten.unwritten(key.tenantId(), id))
                .filter(record -> key.reaches(record.envName()))
                .map(record -> TraceView.of(record, mapper))
                .orElseThrow(() -> ApiException.notFound("trace"));
    }

    @GET
    @RolesAllowed(Role.ANALYST_NAME)
    public List<TraceView> list(@Auth ApiKeyPrincipal key, @QueryParam("agent_id") String agentId,
                                @QueryParam("decision") String decision, @QueryParam("since") String since,
                                @QueryParam("limit") String limit, @QueryParam("env") String env) {
        String envName = EnvironmentScope.listFilter(key, "env", env);
        List<FieldProblem> problems = new ArrayList<>();
        UUID agent = null;
        if (agentId != null && !agentId.isBlank()) {
            try {
                agent = UUID.fromString(agentId);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("agent_id", "must be a UUID"));
            }
        }
        if (decision != null && !decision.isBlank()) {
            try {
                Decision.valueOf(decision);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("decision", "must be one of ALLOW, DENY, SANITIZE, REQUIRE_APPROVAL"));
            }
        }
        Long sinceMillis = null;
        if (since != null && !since.isBlank()) {
            Optional<Instant> instant = InstantParameter.parse(since);
            if (instant.isPresent()) {
                sinceMillis = instant.get().toEpochMilli();
            } else {
                problems.add(new FieldProblem("since", InstantParameter.PROBLEM));
            }
        }
        int max = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit);
                if (max < 1 || max > MAX_LIMIT) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        String decisionFilter = decision == null || decision.isBlank() ? null : decision;
        return search.find(new TraceQuery(key.tenantId(), envName, agent, decisionFilter, sinceMillis, max)).stream()
                .map(record -> TraceView.of(record, mapper)).toList();
    }
}
