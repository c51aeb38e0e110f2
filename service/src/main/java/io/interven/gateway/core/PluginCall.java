package io.interven.gateway.core;

import java.util.function.Supplier;

/**
 * Runs a call into a plugin with the plugin's own class loader as the thread's context class loader, so that a
 * plugin cannot reach the host's classes through it, and restores the host's afterwards.
 */
final class PluginCall {
    private PluginCall() {
    }

    static <T> T in(Object extension, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader host = thread.getContextClassLoader();
        thread.setContextClassLoader(extension.getClass().getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(host);
        }
    }
}
