package io.interven.gateway.replay;

import io.interven.gateway.auth.ApiKeyFormat;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.request.BodyPace;
import io.interven.gateway.request.BoundedBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Optional;

/**
 * Applies {@link SignedRequestCheck} to every authenticated request, right after the key is resolved. A signed
 * request's body is read here, within {@code MAX_BODY_BYTES} and the body pace as resources read it, hashed, and
 * handed on unchanged to the resource. Unsigned requests are not read here and cost nothing: whether the tenant
 * requires signatures comes with the key, read by authentication in the same statement.
 */
@Priority(Priorities.AUTHENTICATION + 100)
public class SignedRequestFilter implements ContainerRequestFilter {
    private final SignedRequestCheck check;
    private final int maxBodyBytes;
    private final BodyPace pace;

    public SignedRequestFilter(SignedRequestCheck check, int maxBodyBytes, BodyPace pace) {
        this.check = check;
        this.maxBodyBytes = maxBodyBytes;
        this.pace = pace;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof ApiKeyPrincipal caller)) {
            return;
        }
        Optional<SignedRequest> signed = check.signatureOf(caller.signaturesRequired(), request::getHeaderString);
        if (signed.isEmpty()) {
            return;
        }
        byte[] body = BoundedBody.read(request.getEntityStream(), maxBodyBytes, pace);
        request.setEntityStream(new ByteArrayInputStream(body));
        check.verify(caller.tenantId(), ApiKeyFormat.hash(bearerKey(request)), signed.get(), request.getMethod(),
                target(request.getUriInfo().getRequestUri()), body);
    }

    /** The path as sent (still percent-encoded) and, when the URL has one, {@code ?} and the raw query. */
    static String target(URI requestUri) {
        String path = requestUri.getRawPath();
        String query = requestUri.getRawQuery();
        return query == null ? path : path + "?" + query;
    }

    /** The key the authentication filter has just resolved: what follows the scheme in {@code Authorization}. */
    private static String bearerKey(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION).trim();
        return header.substring(header.indexOf(' ') + 1).trim();
    }
}
