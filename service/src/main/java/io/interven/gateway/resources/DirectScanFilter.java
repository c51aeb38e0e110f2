package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.dropwizard.auth.AuthenticationException;
import io.interven.gateway.api.DecisionHeaders;
import io.interven.gateway.api.ScanResponse;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.AuthenticationMemo;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.AuthenticationChallenge;
import io.interven.gateway.errors.ErrorAnswers;
import io.interven.gateway.ratelimit.RateDecision;
import io.interven.gateway.replay.SignedRequestHeaders;
import io.interven.gateway.telemetry.RequestTrace;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.Optional;

/**
 * {@code POST /v1/scan} answered in front of Jersey, which costs a third of a small scan's processor time. It
 * answers only a request whose every check before the scan passes; any other request goes on to Jersey untouched,
 * which answers it as it always has (401, 403, 406, a signed request, an ephemeral key with no use left, ...). Checks
 * before the scan have no effect of their own, so a request passed on is checked afresh by Jersey, once, apart from
 * its key: a key read here is not read again, its answer is handed to Jersey's authentication
 * ({@link AuthenticationMemo}).
 *
 * <p>A request it answers gets what Jersey's filters and resource would give it, by the same parts: the key
 * authenticated by the same authenticator (timed as the auth stage), its role, its rate limit taken and its headers
 * written by {@link RateLimitFilter}, the scan made by {@link ScanResource}, the decision headers written by
 * {@link DecisionHeaders}, the server span described by {@link ServerSpanFilter}, and every failure answered by the
 * exception mapper Jersey would choose ({@link ErrorAnswers}). From the rate limit on it answers by itself, so that a
 * request is never counted twice.
 *
 * <p>It answers a request that: is a {@code POST}; has one {@code Authorization} header with a Bearer key that
 * authenticates to a key with the scan role (not an ephemeral key with no use left); carries no signature header
 * and belongs to a tenant that does not require them; accepts JSON ({@code Accept} absent or plain media types of
 * which one is {@code application/json}, {@code application/*} or {@code *}{@code /*}); and sends JSON or says
 * nothing of its body's type. The filter is mapped to the exact path {@code /v1/scan}.
 */
public final class DirectScanFilter implements Filter {
    static final String ROUTE = "/v1/scan";
    private static final String JSON_TYPE = "application/json";
    private static final String ACCEPT = "Accept";
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String AUTHORIZATION = "Authorization";

    private final AuthenticationMemo authentication;
    private final RateLimitFilter limits;
    private final ScanResource scans;
    private final ErrorAnswers errors;
    private final ObjectWriter json;
    private final Runnable answered;

    /** @param answered counts one request answered here (must not block) */
    public DirectScanFilter(AuthenticationMemo authentication, RateLimitFilter limits,
                            ScanResource scans, ErrorAnswers errors, ObjectMapper mapper, Runnable answered) {
        this.answered = answered;
        this.authentication = authentication;
        this.limits = limits;
        this.scans = scans;
        this.errors = errors;
        this.json = mapper.writer();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request instanceof HttpServletRequest http && response instanceof HttpServletResponse
                && isPlain(http) ? bearerKey(http.getHeader(AUTHORIZATION)) : null;
        Optional<ApiKeyPrincipal> caller = key == null ? null : authenticated(key);
        if (caller == null) {
            chain.doFilter(request, response); // not read here: Jersey reads the key, if any
            return;
        }
        if (caller.isPresent() && answersFor(caller.get())) {
            countAnswered();
            answer((HttpServletRequest) request, (HttpServletResponse) response, caller.get());
            return;
        }
        try (AuthenticationMemo.Remembered ignored = authentication.remember(key, caller)) {
            chain.doFilter(request, response);
        }
    }

    private void countAnswered() {
        try {
            answered.run();
        } catch (RuntimeException failure) {
            // a metric is never worth an answer
        }
    }

    /** POST, one of each header that matters, JSON both ways, no signature headers. */
    private static boolean isPlain(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && !sentTwice(request, ACCEPT) && !sentTwice(request, CONTENT_TYPE)
                && !sentTwice(request, AUTHORIZATION)
                && DirectScanNegotiation.acceptsJson(request.getHeader(ACCEPT))
                && DirectScanNegotiation.sendsJson(request.getHeader(CONTENT_TYPE))
                && request.getHeader(SignedRequestHeaders.SIGNATURE) == null
                && request.getHeader(SignedRequestHeaders.TIMESTAMP) == null
                && request.getHeader(SignedRequestHeaders.NONCE) == null;
    }

    /** Whether every check before the scan passes for this caller, so that the answer is given here. */
    private static boolean answersFor(ApiKeyPrincipal caller) {
        return caller.has(Role.SCAN) && !caller.signaturesRequired()
                && !(caller.isEphemeral() && caller.ephemeral().usedUp());
    }

    /** The key's principal or none; null when reading it failed (Jersey meets the same failure and answers it). */
    private Optional<ApiKeyPrincipal> authenticated(String key) {
        try {
            return authentication.authenticate(key);
        } catch (AuthenticationException | RuntimeException failure) {
            return null;
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, ApiKeyPrincipal caller)
            throws IOException {
        RateDecision budget = null;
        Response answer;
        try {
            budget = limits.take(caller.tenantId());
            answer = budget.allowed() ? null : RateLimitFilter.refusal(budget);
        } catch (RuntimeException failure) {
            answer = errors.answer(failure);
        }
        if (answer != null) {
            write(request, response, caller, budget, answer.getStatus(), answer, answer.getEntity());
            return;
        }
        ScanResponse scan;
        try {
            scan = scans.scan(caller, request.getInputStream(), request.getContentLengthLong());
        } catch (RuntimeException | IOException failure) {
            Response failed = errors.answer(failure);
            write(request, response, caller, budget, failed.getStatus(), failed, failed.getEntity());
            return;
        }
        DecisionHeaders.write(scan, response::setHeader);
        write(request, response, caller, budget, 200, null, scan);
    }

    /** Status, headers ({@code headersOf}'s, the budget's) and body, after describing the request's span. */
    private void write(HttpServletRequest request, HttpServletResponse response, ApiKeyPrincipal caller,
                       RateDecision budget, int status, Response headersOf, Object entity) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON_TYPE);
        if (headersOf != null) {
            headersOf.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(CONTENT_TYPE)) {
                    values.forEach(value -> response.addHeader(name, value));
                }
            });
        }
        if (budget != null) {
            RateLimitFilter.writeHeaders(budget, (name, value) -> response.setHeader(name, String.valueOf(value)));
        }
        describeSpan(request, response, caller, entity);
        byte[] body = entity == null ? new byte[0] : json.writeValueAsBytes(entity);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    private static void describeSpan(HttpServletRequest request, HttpServletResponse response,
                                     ApiKeyPrincipal caller, Object entity) {
        if (request.getAttribute(RequestTrace.ATTRIBUTE) instanceof RequestTrace trace) {
            try {
                ServerSpanFilter.describe(trace, request.getMethod(), ROUTE, caller, entity, response::getHeader);
            } catch (RuntimeException ignored) {
                // tracing never changes an answer
            }
        }
    }

    private static boolean sentTwice(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return false;
        }
        values.nextElement();
        return values.hasMoreElements();
    }

    /** What follows {@code Bearer } in the header, as Jersey's authentication reads it; null for anything else. */
    static String bearerKey(String authorization) {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        if (space <= 0 || !AuthenticationChallenge.SCHEME.equalsIgnoreCase(authorization.substring(0, space))) {
            return null;
        }
        return authorization.substring(space + 1);
    }
}
