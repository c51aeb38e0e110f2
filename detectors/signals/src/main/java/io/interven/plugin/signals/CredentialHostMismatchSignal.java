package io.interven.plugin.signals;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.ReasonCodes;
import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pf4j.Extension;

/**
 * Fires when a credential whose issuer is known is used to authenticate a call to some other host: a GitHub token
 * in the {@code Authorization} header of a call to {@code evil.example.com}, a Slack token in the query string of a
 * call to a paste site, an AWS key sent to a bucket host {@code attacker.s3.amazonaws.com}. "Its issuer" is
 * {@link OutboundCall#isIssuerHost}, the check the gateway's triage uses too: a host under a shared-hosting suffix
 * belongs to whoever rents it, not to the provider. Only authentication positions count (headers, the URL and its query); a credential in the
 * body is data leaving the call, which the detectors already report and the sanitizer redacts.
 * The detail names entity types, locations and the host, never a value.
 */
@Extension
public class CredentialHostMismatchSignal implements RiskSignal {
    static final String ID = "credential-host-mismatch";
    static final double WEIGHT = 0.9;
    private static final Set<FieldLocation> AUTHENTICATION_POSITIONS =
            EnumSet.of(FieldLocation.HEADER, FieldLocation.URL, FieldLocation.QUERY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<SignalResult> evaluate(SignalContext context) {
        OutboundCall call = context.call();
        List<Finding> misplaced = context.findings().stream()
                .filter(Finding::isIssuedCredential)
                .filter(finding -> AUTHENTICATION_POSITIONS.contains(finding.location()))
                .filter(finding -> !call.isIssuerHost(finding.issuerDomains()))
                .toList();
        if (misplaced.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignalResult(ID, ReasonCodes.CREDENTIAL_HOST_MISMATCH, WEIGHT,
                describe(misplaced, call.host())));
    }

    private static String describe(List<Finding> misplaced, String host) {
        Set<String> credentials = new TreeSet<>();
        for (Finding finding : misplaced) {
            credentials.add(finding.entityType() + " (issued by " + String.join(", ", new TreeSet<>(finding.issuerDomains()))
                    + ") in " + finding.path());
        }
        return String.join("; ", credentials) + " sent to " + host;
    }
}
