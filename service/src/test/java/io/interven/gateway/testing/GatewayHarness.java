package io.interven.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dropwizard.core.Application;
import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.interven.gateway.GatewayApplication;
import io.interven.gateway.config.GatewayConfiguration;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * A real gateway on random ports, over a real database, with real plugin jars, spoken to over real HTTP. Each
 * harness has its own config-override prefix, database, log file and bootstrap key.
 */
public final class GatewayHarness implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final DropwizardTestSupport<GatewayConfiguration> support;
    private final TestDatabase database;
    private final String bootstrapKey;
    private final Path logFile;
    private final long createdAt = System.currentTimeMillis() - 1_000;
    private boolean running;

    private GatewayHarness(TestDatabase database, Path pluginsDir, Map<String, String> overrides, String bootstrapKey,
                           String configFile, OpenTelemetry telemetry) {
        this.database = database;
        this.bootstrapKey = bootstrapKey;
        String prefix = "iv" + UUID.randomUUID().toString().replace("-", "");
        this.logFile = Path.of("target", "test-logs", prefix + ".log").toAbsolutePath();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("database.driverClass", database.driverClass());
        all.put("database.url", database.url());
        all.put("database.user", database.user());
        all.put("database.password", database.password());
        all.put("plugins.directory", pluginsDir.toString());
        all.put("bootstrap.key", bootstrapKey == null ? "" : bootstrapKey);
        all.put("logging.appenders[0].currentLogFilename", logFile.toString());
        all.putAll(overrides);
        List<ConfigOverride> configOverrides = new ArrayList<>();
        all.forEach((key, value) -> configOverrides.add(ConfigOverride.config(prefix, key, value)));
        this.support = new DropwizardTestSupport<>(GatewayApplication.class,
                configFile != null ? configFile : ResourceHelpers.resourceFilePath("test-config.yml"), prefix,
                configOverrides.toArray(ConfigOverride[]::new)) {
            @Override
            public Application<GatewayConfiguration> newApplication() {
                return telemetry == null ? new GatewayApplication() : new GatewayApplication(() -> telemetry);
            }
        };
    }

    /** The built-in plugin jars the build copied to the repository's plugins/ folder. */
    public static Path builtinPluginsDir() {
        String configured = System.getProperty("interven.plugins.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "plugins");
        return dir.toAbsolutePath().normalize();
    }

    public static Builder on(TestDatabase database) {
        return new Builder(database);
    }

    /** Options of a harness; {@link #start()} starts it. */
    public static final class Builder {
        private final TestDatabase database;
        private Path pluginsDir = builtinPluginsDir();
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private String bootstrapKey = "iv_live_test" + UUID.randomUUID().toString().replace("-", "");
        private String configFile;
        private OpenTelemetry telemetry;

        private Builder(TestDatabase database) {
            this.database = database;
        }

        public Builder plugins(Path dir) {
            this.pluginsDir = dir;
            return this;
        }

        /** A configuration file instead of test-config.yml (for lists that overrides cannot add elements to). */
        public Builder configFile(Path file) {
            this.configFile = file.toAbsolutePath().toString();
            return this;
        }

        public Builder override(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** Null or empty: let the gateway generate and print the bootstrap key. */
        public Builder bootstrapKey(String key) {
            this.bootstrapKey = key;
            return this;
        }

        /** Where the gateway's spans go, instead of the global OpenTelemetry (a no-op in tests). */
        public Builder telemetry(OpenTelemetry sdk) {
            this.telemetry = sdk;
            return this;
        }

        public GatewayHarness build() {
            return new GatewayHarness(database, pluginsDir, overrides, bootstrapKey, configFile, telemetry);
        }

        public GatewayHarness start() {
            GatewayHarness harness = build();
            harness.start();
            return harness;
        }
    }

    public void start() {
        try {
            support.before();
        } catch (Exception e) {
            throw new IllegalStateException("gateway did not start: " + e.getMessage(), e);
        }
        running = true;
    }

    @Override
    public void close() {
        if (running) {
            support.after();
            running = false;
        }
    }

    public TestDatabase database() {
        return database;
    }

    public String bootstrapKey() {
        return bootstrapKey;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * The log once it holds {@code text}, or as it stands after 10 s: lines reach the file through an asynchronous
     * appender, so a line the server logged before it answered may not be in the file yet when the answer is read.
     */
    public String logOnceItHolds(String text) {
        return pollUntil(this::log, log -> log.contains(text));
    }

    /**
     * What the gateways of this JVM logged since this one was created: its own file, and every other gateway's file
     * written since. Logging is one configuration per JVM, so each gateway that starts points every logger, the
     * earlier gateways' too, at its own file: a line of this gateway may sit in a later gateway's file.
     */
    public String log() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logFile.getParent())) {
            for (Path file : files.sorted().toList()) {
                if (file.equals(logFile) || Files.getLastModifiedTime(file).toMillis() >= createdAt) {
                    all.append(Files.readString(file));
                }
            }
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + support.getLocalPort();
    }

    public String adminUrl() {
        return "http://127.0.0.1:" + support.getAdminPort();
    }

    public GatewayConfiguration configuration() {
        return support.getConfiguration();
    }

    /**
     * The object of this type the gateway manages (started and stopped with it), to look at what a node holds in
     * memory, such as the inbound routes it serves.
     */
    public <T> T managed(Class<T> type) {
        for (LifeCycle object : support.getEnvironment().lifecycle().getManagedObjects()) {
            if (object instanceof JettyManaged managed && type.isInstance(managed.getManaged())) {
                return type.cast(managed.getManaged());
            }
        }
        throw new IllegalStateException("the gateway manages no " + type.getSimpleName());
    }

    /** The running Jetty server, to inspect its connectors. */
    public Server jettyServer() {
        return support.getEnvironment().getApplicationContext().getServer();
    }

    public HttpResult post(String path, String key, Object body) {
        String text = body instanceof String s ? s : write(body);
        return send(request(path, key).POST(HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "application/json"));
    }

    public HttpResult postBytes(String path, String key, byte[] body) {
        return send(request(path, key).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json"));
    }

    public HttpResult put(String path, String key, Object body) {
        String text = body instanceof String s ? s : write(body);
        return send(request(path, key).PUT(HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "application/json"));
    }

    public HttpResult patch(String path, String key, Object body) {
        String text = body instanceof String s ? s : write(body);
        return send(request(path, key).method("PATCH", HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "application/json"));
    }

    public HttpResult get(String path, String key) {
        return send(request(path, key).GET());
    }

    public HttpResult delete(String path, String key) {
        return send(request(path, key).DELETE());
    }

    /**
     * Sends {@code method path} with exactly the given headers (no {@code Authorization} unless one is given) and
     * body, for requests the helpers above cannot shape: other auth schemes, streamed bodies without a length.
     */
    public HttpResult exchange(String method, String path, Map<String, String> headers,
                               HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).method(method, body);
        headers.forEach(builder::header);
        return send(builder);
    }

    public HttpResult getAdmin(String path) {
        return send(HttpRequest.newBuilder(URI.create(adminUrl() + path)).timeout(Duration.ofSeconds(30)).GET());
    }

    /** Polls GET {@code path} until {@code done} holds (traces are written asynchronously), at most 10 s. */
    public HttpResult await(String path, String key, Predicate<HttpResult> done) {
        return pollUntil(() -> get(path, key), done);
    }

    /** Reads {@code read} every 50 ms until {@code done} holds of what it gives, at most 10 s; the last reading. */
    public static <T> T pollUntil(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = read.get();
        }
        return last;
    }

    /** A new tenant with an admin+scan+analyst key in {@code production}; isolates a test's data from others. */
    public TenantFixture newTenant() {
        HttpResult tenant = post("/v1/admin/tenants", bootstrapKey, Map.of("name", "t-" + UUID.randomUUID()));
        if (tenant.status() != 201) {
            throw new IllegalStateException("tenant not created: " + tenant.text());
        }
        String tenantId = tenant.field("tenant_id");
        HttpResult key = post("/v1/admin/keys", bootstrapKey, Map.of("tenant_id", tenantId, "env_name", "production",
                "roles", List.of("admin", "analyst", "scan")));
        if (key.status() != 201) {
            throw new IllegalStateException("key not created: " + key.text());
        }
        return new TenantFixture(this, tenantId, key.field("key"), key.field("key_id"));
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private static HttpResult send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = sendOnLiveConnection(request.build());
            JsonNode json;
            try {
                json = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = MissingNode.getInstance();
            }
            return new HttpResult(response.statusCode(), json, response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Sends on a pooled keep-alive connection. The gateway announces the closes it makes while answering (401/403),
     * but a connection it closes for idling can race with the client picking it from its pool; such a request got no
     * byte of an answer, so it is sent once more on a new connection, as HTTP clients do for stale connections.
     */
    private static HttpResponse<String> sendOnLiveConnection(HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException stale) {
            if (stale.getMessage() == null || !stale.getMessage().contains("received no bytes")) {
                throw stale;
            }
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
