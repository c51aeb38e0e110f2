package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.auth.Auth;
import io.interven.gateway.api.PolicyView;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.policy.Policy;
import io.interven.gateway.policy.PolicyDocumentParser;
import io.interven.gateway.policy.PolicyDraft;
import io.interven.gateway.policy.PolicyService;
import io.interven.gateway.policy.PolicySimulator;
import io.interven.gateway.policy.RecordedCall;
import io.interven.gateway.policy.SimulationReport;
import io.interven.gateway.policy.StoredPolicy;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.trace.RecordedCalls;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Policies of the key's tenant: apply (idempotent upsert by name and environment), read the latest, list and read
 * versions, disable and enable (each a new version). {@code ?env=} defaults to the key's environment.
 */
@Path("/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {
    static final int SIMULATION_CAP = 10_000;
    private final RequestJson json;
    private final PolicyService policies;

    private final PolicySimulator simulator;
    private final RecordedCalls recordedCalls;

    public PolicyResource(RequestJson json, PolicyService policies, PolicySimulator simulator,
                          RecordedCalls recordedCalls) {
        this.json = json;
        this.policies = policies;
        this.simulator = simulator;
        this.recordedCalls = recordedCalls;
    }

    /**
     * {@code POST /v1/policies/simulate {"policy": <draft>, "since", "until"}}: replays the environment's traces
     * of that window (at most {@value #SIMULATION_CAP}, newest first) with the draft in place.
     */
    @POST
    @Path("/simulate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ANALYST_NAME)
    public SimulationReport simulate(@Auth ApiKeyPrincipal key, InputStream entity) {
        JsonNode body = json.read(entity);
        RequestReader in = new RequestReader(body);
        in.onlyFields(List.of("policy", "since", "until"), "a simulation");
        int problemsBefore = in.problemCount();
        Instant until = instant(in, "until").orElse(Instant.now());
        Instant since = instant(in, "since").orElse(until.minus(Duration.ofDays(1)));
        if (in.problemCount() == problemsBefore && !since.isBefore(until)) {
            in.problem("since", "must be before until");
        }
        PolicyDraft draft = null;
        if (!in.isPresent("policy")) {
            in.problem("policy", "is required: a policy document as for /v1/policies/apply");
        } else {
            try {
                draft = PolicyDocumentParser.parse(body.get("policy"), key.envName());
            } catch (ApiException invalid) {
                // one 400 lists every failing field: the draft's with the window's
                invalid.details().forEach(p -> in.problem("policy." + p.field(), p.problem()));
            }
        }
        in.validate();
        if (!key.reaches(draft.envName())) {
            throw EnvironmentScope.crossEnvironment(key, "policy.env_name");
        }
        List<RecordedCall> calls = recordedCalls.between(key.tenantId(), draft.envName(), since.toEpochMilli(),
                until.toEpochMilli(), SIMULATION_CAP + 1);
        boolean truncated = calls.size() > SIMULATION_CAP;
        Policy candidate = draft.asPolicy("draft", 0);
        return simulator.simulate(policies.enabledPolicies(key.tenantId(), draft.envName()), candidate,
                truncated ? calls.subList(0, SIMULATION_CAP) : calls, truncated);
    }

    private static Optional<Instant> instant(RequestReader in, String field) {
        return in.text(field, false, 64).flatMap(text -> {
            Optional<Instant> instant = InstantParameter.parse(text);
            if (instant.isEmpty()) {
                in.problem(field, InstantParameter.PROBLEM);
            }
            return instant;
        });
    }

    @POST
    @Path("/apply")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyView apply(@Auth ApiKeyPrincipal key, InputStream entity) {
        var draft = PolicyDocumentParser.parse(json.read(entity), key.envName());
        return PolicyView.of(policies.apply(key.tenantId(), draft, key.keyId()).policy());
    }

    @GET
    @RolesAllowed(Role.ANALYST_NAME)
    public List<PolicyView> list(@Auth ApiKeyPrincipal key, @QueryParam("env") String env) {
        String envName = env(key, env);
        List<PolicyView> views = new ArrayList<>();
        policies.latestOfEnvironment(key.tenantId(), envName).forEach(p -> views.add(PolicyView.of(p)));
        if (policies.isBuiltin(key.tenantId(), envName, policies.builtinDefault().name())) {
            views.add(PolicyView.builtin(policies.builtinDefault(), envName));
        }
        return views;
    }

    @GET
    @Path("/by-name/{name}")
    @RolesAllowed(Role.ANALYST_NAME)
    public PolicyView latest(@Auth ApiKeyPrincipal key, @PathParam("name") String name, @QueryParam("env") String env) {
        String envName = env(key, env);
        if (policies.isBuiltin(key.tenantId(), envName, name)) {
            return PolicyView.builtin(policies.builtinDefault(), envName);
        }
        return policies.latest(key.tenantId(), envName, name).map(PolicyView::of)
                .orElseThrow(() -> ApiException.notFound("policy " + name + " in environment " + envName));
    }

    @GET
    @Path("/by-name/{name}/versions")
    @RolesAllowed(Role.ANALYST_NAME)
    public List<PolicyView> versions(@Auth ApiKeyPrincipal key, @PathParam("name") String name,
                                     @QueryParam("env") String env) {
        String envName = env(key, env);
        if (policies.isBuiltin(key.tenantId(), envName, name)) {
            return List.of(PolicyView.builtin(policies.builtinDefault(), envName));
        }
        return policies.versions(key.tenantId(), envName, name).stream().map(PolicyView::of).toList();
    }

    @GET
    @Path("/by-name/{name}/versions/{version}")
    @RolesAllowed(Role.ANALYST_NAME)
    public PolicyView version(@Auth ApiKeyPrincipal key, @PathParam("name") String name,
                              @PathParam("version") String version, @QueryParam("env") String env) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("version", "must be a whole number");
        }
        StoredPolicy stored = policies.version(key.tenantId(), env(key, env), name, number);
        return PolicyView.of(stored);
    }

    @POST
    @Path("/by-name/{name}/disable")
    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyView disable(@Auth ApiKeyPrincipal key, @PathParam("name") String name,
                              @QueryParam("env") String env) {
        return PolicyView.of(policies.setEnabled(key.tenantId(), env(key, env), name, false, key.keyId()).policy());
    }

    @POST
    @Path("/by-name/{name}/enable")
    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyView enable(@Auth ApiKeyPrincipal key, @PathParam("name") String name,
                             @QueryParam("env") String env) {
        return PolicyView.of(policies.setEnabled(key.tenantId(), env(key, env), name, true, key.keyId()).policy());
    }

    static String env(ApiKeyPrincipal key, String env) {
        return EnvironmentScope.named(key, "env", env);
    }
}
