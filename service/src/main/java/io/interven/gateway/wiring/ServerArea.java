package io.interven.gateway.wiring;

import io.dropwizard.core.server.AbstractServerFactory;
import io.interven.gateway.errors.ErrorAnswers;
import io.interven.gateway.errors.JsonContextErrorHandler;
import io.interven.gateway.config.LimitsConfiguration;
import io.interven.gateway.server.BodyReadAhead;
import io.interven.gateway.server.BodyReadAheadInstaller;
import io.interven.gateway.server.BodyReadAheadRules;
import io.interven.gateway.server.ReadAheadBudget;
import io.interven.gateway.server.RequestHeadDeadline;
import io.interven.gateway.server.ServerSetupListener;

/**
 * The server itself: every error answers the same JSON body (Jersey's and the ones Jetty answers by itself, before
 * or outside Jersey), slow request heads are cut, request bodies are read whole before handling without holding a
 * thread, and the request log is masked like the application log.
 */
public final class ServerArea {
    private ServerArea() {
    }

    /** @return the exception mappers, for endpoints answered in front of Jersey */
    public static ErrorAnswers wire(Foundation base) {
        if (base.config().getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        ErrorAnswers errors = ErrorAnswers.standard();
        errors.registerWith(base::register);

        base.environment().getApplicationContext().setErrorHandler(new JsonContextErrorHandler());
        base.environment().getAdminContext().setErrorHandler(new JsonContextErrorHandler());
        base.environment().lifecycle().addEventListener(new ServerSetupListener());
        base.environment().lifecycle().addEventListener(
                new RequestHeadDeadline(base.config().limits.requestHeadTimeout.toMilliseconds()));
        base.environment().lifecycle().addEventListener(new BodyReadAheadInstaller(readAheadRules(base)));
        return errors;
    }

    /** The rules {@link BodyReadAhead} reads bodies by, with a gauge of the budget held and a refusals counter. */
    private static BodyReadAheadRules readAheadRules(Foundation base) {
        LimitsConfiguration limits = base.config().limits;
        ReadAheadBudget budget = new ReadAheadBudget(limits.readAheadBudget.toBytes());
        base.metrics().watch(budget);
        return new BodyReadAheadRules(limits.maxBodyBytes, limits.bodyPace(),
                limits.requestBodyTimeout.toMilliseconds(), budget, base.metrics().bodyRefusals());
    }
}
