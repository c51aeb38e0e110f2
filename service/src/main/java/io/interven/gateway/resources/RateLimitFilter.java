package io.interven.gateway.resources;

import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.errors.ErrorBody;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.ratelimit.RateDecision;
import io.interven.gateway.ratelimit.TenantRateLimiter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Counts each authenticated request to a scan endpoint against its tenant's budget (after authentication and
 * roles, before the body is read): over the budget it answers 429 {@code RATE_LIMITED} with {@code Retry-After};
 * every answer of a counted request carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}. When the
 * count cannot be made (database down) the request fails; it never runs uncounted. Each refusal is counted for the
 * admin port's metrics (without the tenant).
 */
@RateLimited
@Priority(Priorities.USER)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String LIMIT_HEADER = "X-RateLimit-Limit";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final TenantRateLimiter limiter;
    private final Runnable refusals;

    public RateLimitFilter(TenantRateLimiter limiter) {
        this(limiter, () -> {
        });
    }

    /** @param refusals counts one refusal (must not block) */
    public RateLimitFilter(TenantRateLimiter limiter, Runnable refusals) {
        this.limiter = limiter;
        this.refusals = refusals;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof ApiKeyPrincipal key)) {
            return;
        }
        RateDecision decision = take(key.tenantId());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(refusal(decision));
        }
    }

    /** Takes one scan from the tenant's budget; a refusal is counted. */
    public RateDecision take(UUID tenantId) {
        RateDecision decision = limiter.take(tenantId);
        if (!decision.allowed()) {
            countRefusal();
        }
        return decision;
    }

    /** The answer to a request over the budget: 429 {@code RATE_LIMITED} with {@code Retry-After}. */
    public static Response refusal(RateDecision decision) {
        return Response.status(ErrorCode.RATE_LIMITED.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", decision.retryAfterSeconds())
                .entity(new ErrorBody(ErrorCode.RATE_LIMITED.name(), "the tenant's rate limit of "
                        + decision.limit() + " scans a minute is used up; retry after "
                        + decision.retryAfterSeconds() + " s", null))
                .build();
    }

    /** The budget's headers, which every answer to a counted request carries. */
    public static void writeHeaders(RateDecision decision, BiConsumer<String, Object> header) {
        header.accept(LIMIT_HEADER, decision.limit());
        header.accept(REMAINING_HEADER, decision.remaining());
    }

    private void countRefusal() {
        try {
            refusals.run();
        } catch (RuntimeException failure) {
            // a metric is never worth an answer
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateDecision decision) {
            writeHeaders(decision, response.getHeaders()::putSingle);
        }
    }
}
