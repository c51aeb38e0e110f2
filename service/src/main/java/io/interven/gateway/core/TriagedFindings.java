package io.interven.gateway.core;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings split into the data a call sends and the credentials that merely authenticate it: a credential in
 * the URL, query or a header of a call to the service that issued it (a GitHub token to api.github.com, the
 * Slack webhook URL being called) is the call's own authentication, not data leaving it.
 */
public record TriagedFindings(List<Finding> data, List<Finding> authentication) {
    public TriagedFindings {
        data = List.copyOf(data);
        authentication = List.copyOf(authentication);
    }

    public static TriagedFindings of(List<Finding> findings, OutboundCall call) {
        List<Finding> data = new ArrayList<>();
        List<Finding> authentication = new ArrayList<>();
        for (Finding finding : findings) {
            if (authenticates(finding, call)) {
                authentication.add(finding);
            } else {
                data.add(finding);
            }
        }
        return new TriagedFindings(data, authentication);
    }

    private static boolean authenticates(Finding finding, OutboundCall call) {
        return finding.location() != FieldLocation.BODY
                && finding.issuerDomains().stream().anyMatch(call::hostIsWithin);
    }
}
