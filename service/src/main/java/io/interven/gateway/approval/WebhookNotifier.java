package io.interven.gateway.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.lifecycle.Managed;
import io.interven.gateway.config.WebhookConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts approval events to the configured webhooks from a small background pool. A slow, failing or unreachable
 * webhook never delays or fails a scan: deliveries time out, failures are logged (URL host only), and when the
 * queue is full new events are dropped with a log line.
 */
public class WebhookNotifier implements ApprovalEvents, Managed {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final List<WebhookConfiguration> hooks;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ThreadPoolExecutor pool;

    public WebhookNotifier(List<WebhookConfiguration> hooks, Duration timeout, ObjectMapper json) {
        this.hooks = List.copyOf(hooks);
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.pool = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), runnable -> {
            Thread thread = new Thread(runnable, "approval-webhooks");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void created(ApprovalRow approval, String summary) {
        publish("approval.created", approval, summary);
    }

    @Override
    public void decided(ApprovalRow approval) {
        publish("approval.decided", approval, null);
    }

    private void publish(String event, ApprovalRow approval, String summary) {
        for (WebhookConfiguration hook : hooks) {
            String body = "slack".equals(hook.format) ? slackMessage(event, approval, summary)
                    : event(event, approval, summary).toString();
            try {
                pool.execute(() -> deliver(hook.url, body));
            } catch (RejectedExecutionException full) {
                LOG.warn("approval webhook queue full: {} for {} dropped", event, host(hook.url));
            }
        }
    }

    ObjectNode event(String event, ApprovalRow approval, String summary) {
        ObjectNode node = json.createObjectNode();
        node.put("event", event);
        node.put("approval_id", approval.id().toString());
        node.put("status", ApprovalStatus.valueOf(approval.status()).apiName());
        node.put("tenant_id", approval.tenantId().toString());
        node.put("env_name", approval.envName());
        node.put("agent_id", approval.agentId() == null ? null : approval.agentId().toString());
        node.put("trace_id", approval.traceId().toString());
        node.put("created_at", approval.createdAt());
        node.put("expires_at", approval.expiresAt());
        if (summary != null) {
            node.put("summary", summary);
        }
        if (approval.decidedAt() != null) {
            node.put("decided_at", approval.decidedAt());
            node.put("comment", approval.comment());
        }
        return node;
    }

    private String slackMessage(String event, ApprovalRow approval, String summary) {
        String text = event.equals("approval.created")
                ? ":hourglass: Approval needed (" + approval.envName() + "): " + (summary == null ? "" : summary)
                        + "\napproval_id " + approval.id()
                : ":white_check_mark: Approval " + approval.id() + " "
                        + ApprovalStatus.valueOf(approval.status()).apiName()
                        + (approval.comment() == null ? "" : ": " + approval.comment());
        return json.createObjectNode().put("text", text).toString();
    }

    private void deliver(String url, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                LOG.warn("approval webhook {} answered {}", host(url), response.statusCode());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("approval webhook {} failed: {}", host(url), e.getClass().getSimpleName());
        }
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "(invalid url)";
        }
    }

    @Override
    public void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    }
}
