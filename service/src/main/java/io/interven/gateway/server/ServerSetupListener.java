package io.interven.gateway.server;

import io.interven.gateway.errors.JsonServerErrorHandler;
import io.interven.gateway.logging.LogMasking;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What must be set on the Jetty server itself, which Dropwizard builds after {@code Application.run}: the JSON error
 * handler as it starts (before any connection is accepted), and the credential mask on the request log's appenders
 * once they are configured.
 */
public final class ServerSetupListener implements LifeCycle.Listener {
    @Override
    public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
            server.setErrorHandler(new JsonServerErrorHandler());
        }
    }

    @Override
    public void lifeCycleStarted(LifeCycle event) {
        if (event instanceof Server server) {
            LogMasking.installOnRequestLog(server);
        }
    }
}
