package io.interven.gateway.inbound;

/**
 * The gateway refuses to start because of its inbound routes or their master keys: a malformed key, routes without
 * a master key, a route sealed with a key the gateway does not have. The message names the setting or the route's
 * prefix, never a key or a credential, and carries no cause that could.
 */
public class InboundStartRefused extends RuntimeException {
    public InboundStartRefused(String message) {
        super(message, null, false, false);
    }
}
