package io.interven.gateway.resources;

import io.interven.gateway.api.DecisionHeaders;
import io.interven.gateway.api.ScanResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Adds the decision headers ({@link DecisionHeaders}) to every answer that carries a decision: a
 * {@link ScanResponse}, as {@code POST /v1/scan} and {@code POST /v1/a2a/scan} answer, whatever the decision (a DENY
 * is a 200 answer too). Answers without one (errors, other endpoints) are left alone. Matching the answer rather than
 * the endpoint means a new endpoint answering a scan gets the headers without being listed here.
 */
public class DecisionHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ScanResponse answer) {
            DecisionHeaders.write(answer, response.getHeaders()::putSingle);
        }
    }
}
