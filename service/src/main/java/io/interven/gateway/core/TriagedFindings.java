package io.interven.gateway.core;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings split into the data a call sends and the credentials that merely authenticate it: a credential in
 * the URL, query or a header of a call to one of its issuer's own hosts (a GitHub token to api.github.com, the
 * Slack webhook URL being called) is the call's own authentication, not data leaving it. The issuer check is
 * {@link OutboundCall#isIssuerHost}, the one the credential-host-mismatch signal uses too: a host under a
 * shared-hosting suffix ({@code attacker.s3.amazonaws.com}) is never the provider's unless listed by name.
 */
public record TriagedFindings(List<Finding> data, List<Finding> authentication) {
    public TriagedFindings {
        data = List.copyOf(data);
        authentication = List.copyOf(authentication);
    }

    public static TriagedFindings of(List<Finding> findings, OutboundCall call) {
        OutboundCall classified = SharedHostingSuffix.classified(call);
        List<Finding> data = new ArrayList<>();
        List<Finding> authentication = new ArrayList<>();
        for (Finding finding : findings) {
            if (authenticates(finding, classified)) {
                authentication.add(finding);
            } else {
                data.add(finding);
            }
        }
        return new TriagedFindings(data, authentication);
    }

    private static boolean authenticates(Finding finding, OutboundCall call) {
        return finding.location() != FieldLocation.BODY && finding.isIssuedCredential()
                && call.isIssuerHost(finding.issuerDomains());
    }
}
