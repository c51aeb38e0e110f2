/**
 * The admin port's Prometheus {@code /metrics}: the gateway's own meters (prefixed {@code interven_}: Micrometer's,
 * and the scan's stage and detector timers, histograms counted per thread and collected straight into the Prometheus
 * registry, {@link io.interven.gateway.metrics.ScanTimeHistograms}) and the Dropwizard metric registry (JVM, Jetty,
 * Jersey, JDBI statement timers, the database pool) bridged into the same scrape. Labels carry ids and types only (a
 * stage, a detector id, a decision, a recognized tool's name, a connection state), never a value of a call, a URL, a
 * host, a key or a tenant.
 */
package io.interven.gateway.metrics;
