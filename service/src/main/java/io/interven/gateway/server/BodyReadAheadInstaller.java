package io.interven.gateway.server;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Puts {@link BodyReadAhead} in front of every handler of the server (both connectors, before the request log's
 * statistics, the routing and the inflation of gzip bodies) as the server starts: Dropwizard builds the handlers
 * after {@code Application.run}.
 */
public final class BodyReadAheadInstaller implements LifeCycle.Listener {
    private final BodyReadAheadRules rules;

    public BodyReadAheadInstaller(BodyReadAheadRules rules) {
        this.rules = rules;
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
            server.insertHandler(new BodyReadAhead(rules));
        }
    }
}
