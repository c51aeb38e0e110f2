package io.interven.gateway.wiring;

import io.dropwizard.core.server.AbstractServerFactory;
import io.interven.gateway.errors.ErrorAnswers;
import io.interven.gateway.errors.JsonContextErrorHandler;
import io.interven.gateway.server.RequestHeadDeadline;
import io.interven.gateway.server.ServerSetupListener;

/**
 * The server itself: every error answers the same JSON body (Jersey's and the ones Jetty answers by itself, before
 * or outside Jersey), slow request heads are cut, and the request log is masked like the application log.
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
        return errors;
    }
}
