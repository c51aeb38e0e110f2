package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Locale;

/**
 * The hosts of one catalogue vendor ({@code VENDOR slack slack.com,*.slack.com}). A call to one of them that no
 * catalogue line names is still that vendor's tool, with operation {@code http_<method>} and the verb of its
 * method, so that a policy on {@code tool: slack} holds for every Slack host and path.
 */
record VendorHosts(String tool, List<HostMatcher> hosts) {
    VendorHosts {
        hosts = List.copyOf(hosts);
    }

    /** Whether the call, whose host is given in its canonical form, goes to one of the vendor's hosts. */
    boolean covers(OutboundCall call, String canonicalHost) {
        return HostMatcher.anyMatches(hosts, canonicalHost, call);
    }

    ToolMatch unnamedOperation(OutboundCall call) {
        return new ToolMatch(tool, "http_" + call.method().toLowerCase(Locale.ROOT), Verb.ofHttpMethod(call.method()));
    }
}
