package io.interven.gateway.core;

/**
 * A plugin component (detector, recognizer, signal) or the policy engine threw. The scan fails closed. The
 * message names the component and the exception class only: exception messages may quote call data.
 */
public class ComponentFailure extends RuntimeException {
    private final String component;

    public ComponentFailure(String component, Throwable cause) {
        super(component + " failed with " + cause.getClass().getName(), null, false, false);
        this.component = component;
    }

    public String component() {
        return component;
    }
}
