package io.interven.gateway.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /metrics} on the admin port: every meter in the Prometheus text format (0.0.4), or in OpenMetrics text
 * when the scraper asks for it ({@code Accept: application/openmetrics-text}). The scrape is written to memory first,
 * so a failure half-way answers 500 rather than a truncated page.
 */
final class PrometheusScrapeServlet extends HttpServlet {
    static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    private static final long serialVersionUID = 1L;

    private final transient PrometheusMeterRegistry registry;

    PrometheusScrapeServlet(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        String type = accept != null && accept.contains("application/openmetrics-text") ? OPEN_METRICS : TEXT;
        ByteArrayOutputStream scrape = new ByteArrayOutputStream(64 * 1024);
        response.setHeader("Cache-Control", "no-store");
        try {
            registry.scrape(scrape, type);
        } catch (IOException | RuntimeException failure) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write(("the metrics could not be read ("
                    + failure.getClass().getSimpleName() + ")\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType(type);
        response.setContentLength(scrape.size());
        scrape.writeTo(response.getOutputStream());
    }
}
