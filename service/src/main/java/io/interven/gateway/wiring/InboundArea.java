package io.interven.gateway.wiring;

import io.interven.gateway.config.InboundConfiguration;
import io.interven.gateway.inbound.CredentialCipher;
import io.interven.gateway.inbound.InboundProxy;
import io.interven.gateway.inbound.InboundRouteStore;
import io.interven.gateway.inbound.InboundRoutes;
import io.interven.gateway.inbound.MasterKeyRotation;
import io.interven.gateway.inbound.MasterKeyring;
import io.interven.gateway.inbound.RefusalDecisionHeaders;
import io.interven.gateway.inbound.UpstreamForwarder;
import io.interven.gateway.resources.InboundProxyResource;
import io.interven.gateway.resources.InboundRouteAdminResource;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;

/**
 * Inbound routes: the master keys their credentials are sealed with (a malformed key, routes without a key or
 * sealed with an unknown one stop start-up; routes of retired keys are re-encrypted), the routes in memory for the
 * proxy ({@link InboundRoutes#byPrefix}, loaded before the gateway serves and refreshed off the request threads),
 * their admin API, and the proxy {@code /inbound/{prefix}/*} over the scan area's service, whose every answer,
 * refusals included, carries the decision headers ({@link RefusalDecisionHeaders}).
 */
public record InboundArea(InboundRoutes routes) {

    public static InboundArea wire(Foundation base, TenancyArea tenancy, ScanArea scan) {
        InboundConfiguration config = base.config().inbound;
        MasterKeyring keys = MasterKeyring.from(config, System.getenv());
        CredentialCipher cipher = new CredentialCipher(keys);
        InboundRouteStore store = new InboundRouteStore(base.jdbi(), cipher, base.clock());
        new MasterKeyRotation(store, keys).run();
        InboundRoutes routes = new InboundRoutes(store, Duration.ofMillis(config.refreshInterval.toMilliseconds()));
        routes.refresh();
        base.environment().lifecycle().manage(routes);
        base.register(new InboundRouteAdminResource(base.requests(), routes, store, cipher, tenancy.directory(),
                tenancy.scope(), config.allowPlainHttp));
        UpstreamForwarder forwarder = new UpstreamForwarder(config.classifiedAnswerBytes,
                config.allowPrivateUpstreams);
        base.environment().lifecycle().manage(forwarder);
        // after the trace context filter (wired first): refusals carry the request's trace id
        base.environment().servlets().addFilter("inbound-refusal-headers", new RefusalDecisionHeaders())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/inbound/*");
        base.register(new InboundProxyResource(base.requests(), scan.agents(), tenancy.directory(),
                new InboundProxy(routes, forwarder, scan.scans(), scan.reports(), base.environment().getObjectMapper())));
        return new InboundArea(routes);
    }
}
