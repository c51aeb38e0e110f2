package io.interven.gateway.inbound;

import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Forwards a call that its scan let through to the route's upstream, with the JDK HTTP client over HTTP/1.1, and
 * hands back the answer as it starts to arrive ({@link UpstreamAnswer}: the body is a stream, never held whole).
 *
 * <p>Each route has its own client, kept and reused, so that connections are pooled per route and the route's
 * connect timeout applies (the JDK sets it per client); a route whose tenant, upstream base or connect timeout
 * changes gets a new client (the old one's idle threads end on their own within a minute). The response timeout is the route's, per request: how long the upstream may take to
 * start answering. Redirects are handed back, never followed (a redirect could lead the credential off the base);
 * no cookie store is kept.
 *
 * <p>Java 17's client has no {@code close()}: on gateway stop each client's own executor is shut down and the
 * clients are dropped, which ends their threads; calls after that fail {@link UpstreamFailure.Kind#FAILED}.
 */
public final class UpstreamForwarder implements Managed {
    /** How much of an answer the tee keeps for classification unless configured otherwise: 1 MiB. */
    public static final int DEFAULT_KEPT_BYTES = 1024 * 1024;
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final int keptBytes;
    private final UpstreamAddresses addresses;
    private final Map<String, RouteClient> clients = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /**
     * @param keptBytes    how many of the first bytes of each answer the tee keeps ({@link UpstreamBody})
     * @param allowPrivate whether upstreams may be loopback or private addresses ({@link UpstreamAddresses});
     *                     link-local ones never may
     */
    public UpstreamForwarder(int keptBytes, boolean allowPrivate) {
        if (keptBytes < 0) {
            throw new IllegalArgumentException("keptBytes must be 0 or more");
        }
        this.keptBytes = keptBytes;
        this.addresses = new UpstreamAddresses(allowPrivate);
    }

    /**
     * Sends the call and waits for the answer's status and headers (at most the route's connect timeout plus its
     * response timeout); the body is then read from {@link UpstreamAnswer#body()}, which the caller must close.
     *
     * @throws UpstreamFailure when there is no answer: unreachable (502), timed out (504), failed (502)
     * @throws IllegalArgumentException for a method that is not an HTTP token (the endpoint admits only the
     *                                  route's allowed methods)
     */
    public UpstreamAnswer forward(InboundRoute route, UpstreamRequest request) throws UpstreamFailure {
        if (stopped) {
            throw failure(UpstreamFailure.Kind.FAILED, route, "not forwarded: the gateway is stopping");
        }
        refuseForbiddenAddresses(route, request.target());
        HttpRequest outgoing = outgoing(route, request);
        HttpClient client = clientOf(route);
        try {
            HttpResponse<InputStream> response = client.send(outgoing,
                    HttpResponse.BodyHandlers.ofInputStream());
            return new UpstreamAnswer(response.statusCode(),
                    ForwardedHeaders.towardsCaller(response.headers().map()),
                    new UpstreamBody(response.body(), keptBytes));
        } catch (HttpConnectTimeoutException e) {
            throw failure(UpstreamFailure.Kind.UNREACHABLE, route,
                    "no connection within " + millis(route.connectTimeout()));
        } catch (HttpTimeoutException e) {
            throw failure(UpstreamFailure.Kind.TIMEOUT, route,
                    "no answer within " + millis(route.responseTimeout()));
        } catch (ConnectException e) {
            throw failure(UpstreamFailure.Kind.UNREACHABLE, route, "unreachable (" + reason(e) + ")");
        } catch (IOException e) {
            throw failure(UpstreamFailure.Kind.FAILED, route, "failed before answering (" + reason(e) + ")");
        } catch (RejectedExecutionException e) {
            throw failure(UpstreamFailure.Kind.FAILED, route, "not forwarded: the gateway is stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(UpstreamFailure.Kind.FAILED, route, "interrupted while waiting for the answer");
        }
    }

    private void refuseForbiddenAddresses(InboundRoute route, UpstreamTarget target) throws UpstreamFailure {
        Optional<String> refusal;
        try {
            refusal = addresses.refusal(target.uri().getHost());
        } catch (UnknownHostException e) {
            throw failure(UpstreamFailure.Kind.UNREACHABLE, route, "unreachable (unknown host)");
        }
        if (refusal.isPresent()) {
            throw failure(UpstreamFailure.Kind.REFUSED, route, "is not called: its host " + refusal.get());
        }
    }

    /** Lets go of a route's client (its route was deleted); a later call on the prefix opens a new one. */
    public void forget(String prefix) {
        RouteClient client = clients.remove(prefix);
        if (client != null) {
            client.executor().shutdown();
        }
    }

    /** Clients open on a route's first call; nothing to start. */
    @Override
    public void start() {
    }

    @Override
    public void stop() {
        stopped = true;
        clients.values().forEach(client -> client.executor().shutdownNow());
        clients.clear();
    }

    private static HttpRequest outgoing(InboundRoute route, UpstreamRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.target().uri())
                .timeout(route.responseTimeout())
                .method(request.method(), body(request));
        ForwardedHeaders.towardsUpstream(request.headers(), route.credential())
                .forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
    }

    /** The body byte for byte; an empty one is sent as {@code Content-Length: 0} only by methods that carry one. */
    private static HttpRequest.BodyPublisher body(UpstreamRequest request) {
        if (request.body().length == 0 && !METHODS_WITH_BODY.contains(request.method())) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofByteArray(request.body());
    }

    /** The route's client; one opened while the gateway stops is closed again at once. */
    private HttpClient clientOf(InboundRoute route) throws UpstreamFailure {
        RouteClient client = clients.compute(route.prefix(), (prefix, held) -> held != null && held.serves(route)
                ? held : RouteClient.open(route));
        if (stopped) {
            clients.remove(route.prefix(), client);
            client.executor().shutdownNow();
            throw failure(UpstreamFailure.Kind.FAILED, route, "not forwarded: the gateway is stopping");
        }
        return client.http();
    }

    private static UpstreamFailure failure(UpstreamFailure.Kind kind, InboundRoute route, String what) {
        URI base = route.upstreamBaseUrl();
        return new UpstreamFailure(kind, "the upstream of route " + route.prefix() + " (" + base.getHost()
                + (base.getPort() < 0 ? "" : ":" + base.getPort()) + ") " + what);
    }

    /** The kind of failure, by class name only: a library's message may quote the URL. */
    private static String reason(Throwable e) {
        Throwable cause = e.getCause();
        return e.getClass().getSimpleName() + (cause == null ? "" : ": " + cause.getClass().getSimpleName());
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    /** One route's client, for as long as the route's tenant, base and connect timeout stay the same. */
    private record RouteClient(UUID tenantId, URI base, Duration connectTimeout, HttpClient http,
                               ExecutorService executor) {
        static RouteClient open(InboundRoute route) {
            AtomicInteger threads = new AtomicInteger();
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "upstream-" + route.prefix() + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(route.connectTimeout())
                    .executor(executor)
                    .build();
            return new RouteClient(route.tenantId(), route.upstreamBaseUrl(), route.connectTimeout(), http,
                    executor);
        }

        boolean serves(InboundRoute route) {
            return Objects.equals(tenantId, route.tenantId()) && base.equals(route.upstreamBaseUrl())
                    && connectTimeout.equals(route.connectTimeout());
        }
    }
}
