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

    /** Whether the entry covers the call, whose host is given in its canonical form. */
    boolean covers(OutboundCall call, String canonicalHost) {
        return methods.contains(call.method()) && HostMatcher.anyMatches(hosts, canonicalHost, call)
                && path.matches(call.path());
    }

    ToolMatch match(OutboundCall call, Supplier<String> body) {
        return operation.of(call, body);
    }
}
