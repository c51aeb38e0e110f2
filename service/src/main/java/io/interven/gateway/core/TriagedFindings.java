package io.interven.gateway.core;

import io.interven.gateway.core.fields.LayerDecoder;
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
        OutboundCall classified = null;
        List<Finding> data = new ArrayList<>();
        List<Finding> authentication = new ArrayList<>();
        for (Finding finding : findings) {
            if (mayAuthenticate(finding)) {
                classified = classified == null ? SharedHostingSuffix.classified(call) : classified;
                if (classified.isIssuerHost(finding.issuerDomains())) {
                    authentication.add(finding);
                    continue;
                }
            }
            data.add(finding);
        }
        return new TriagedFindings(data, authentication);
    }

    /**
     * A credential of known issuer in the URL, a query value or a header value. In the body it is always data, and
     * so it is as a header, query or form NAME ({@code |name}): no API reads its credential from a name.
     */
    private static boolean mayAuthenticate(Finding finding) {
        return finding.location() != FieldLocation.BODY && finding.isIssuedCredential()
                && !finding.path().contains(LayerDecoder.NAME_SUFFIX);
    }
}
