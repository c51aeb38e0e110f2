package io.interven.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.TestDatabase;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

/**
 * The admin connector (health checks, metrics, and tasks such as changing log levels, none authenticated) listens
 * on loopback only, as the repository's config.yml ships it, so its tasks cannot be reached from other hosts.
 */
class AdminConnectorBindingTest {

    @Test
    void theShippedConfigurationBindsTheAdminConnectorToLoopbackOnly() throws UnknownHostException {
        Path shipped = Path.of("..", "config.yml").toAbsolutePath().normalize();
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2")).configFile(shipped)
                .override("server.applicationConnectors[0].port", "0")
                .override("server.adminConnectors[0].port", "0")
                .override("logging.appenders[0].type", "file")
                .override("logging.appenders[0].archive", "false")
                .start()) {
            Server server = gateway.jettyServer();

            List<NetworkConnector> admin = connectors(server, "admin");
            assertThat(admin).isNotEmpty();
            for (NetworkConnector connector : admin) {
                assertThat(connector.getHost()).as("admin connector host").isNotNull();
                assertThat(InetAddress.getByName(connector.getHost()).isLoopbackAddress())
                        .as("admin connector bound to %s", connector.getHost()).isTrue();
            }
            assertThat(gateway.getAdmin("/healthcheck").status()).as("reachable on loopback").isIn(200, 500);
            assertThat(connectors(server, "application")).allSatisfy(connector ->
                    assertThat(connector.getHost()).as("the API listens on every interface").isNull());
        }
    }

    /** Dropwizard names its connectors {@code application} and {@code admin}. */
    static List<NetworkConnector> connectors(Server server, String name) {
        return Arrays.stream(server.getConnectors())
                .filter(NetworkConnector.class::isInstance).map(NetworkConnector.class::cast)
                .filter(connector -> name.equals(connector.getName()))
                .toList();
    }
}
