package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** One row of the tool catalogue: which calls it covers and what they are. */
record CatalogueEntry(Set<String> methods, List<HostMatcher> hosts, PathPattern path, CatalogueOperation operation) {
    CatalogueEntry {
        methods = Set.copyOf(methods);
        hosts = List.copyOf(hosts);
    }

    boolean covers(OutboundCall call) {
        return methods.contains(call.method())
                && hosts.stream().anyMatch(host -> host.matches(call))
                && path.matches(call.path());
    }

    ToolMatch match(OutboundCall call, Supplier<String> body) {
        return operation.of(call, body);
    }
}
