package io.interven.gateway.core;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of a scan that failed closed: DENY, {@code PIPELINE_FAILURE}, band CRITICAL. Built without anything
 * that could fail again. Nothing of the call was scanned, so its trace keeps only what cannot carry a value: no
 * path, no agent name or runtime type, and the host reduced to its registrable domain (a value hidden in a
 * sub-domain label does not reach the database).
 */
public final class FailedScan {
    static final String UNKNOWN_HOST = "unknown";

    private FailedScan() {
    }

    /**
     * @param tool        the tool as recognized before the failure, or null
     * @param fingerprint the body's keyed fingerprint, or null when it was not computed
     * @param component   what failed (a plugin component, a stage of the pipeline, the approval step)
     */
    public static ScanOutcome of(CallInput input, UUID traceId, ToolMatch tool, String fingerprint, String component) {
        ToolMatch known = tool != null ? tool
                : input.knownTool() != null ? input.knownTool() : ToolIdentifier.unknown(input.method());
        RiskAssessment risk = new RiskAssessment(1.0, RiskBand.CRITICAL);
        PolicyInput policyInput = PolicyInputFactory.failed(known, input.method(), input.agent(),
                registrableHost(input.url()), risk, GatewayReasonCodes.PIPELINE_FAILURE, input.bodyBytes());
        return new ScanOutcome(traceId, Decision.DENY, risk, List.of(GatewayReasonCodes.PIPELINE_FAILURE), known,
                List.of(), List.of(), List.of(), policyInput, null, null, null,
                fingerprint != null ? fingerprint : fingerprintOf(input), component);
    }

    /**
     * The host's registrable domain ({@code a.b.example.co.uk} -> {@code example.co.uk}), an IP as is. The host is
     * read as the scan reads it ({@link OutboundCall#of}: a name with underscores too).
     */
    static String registrableHost(String url) {
        String host;
        try {
            host = OutboundCall.of("GET", url, Map.of()).host();
        } catch (RuntimeException e) {
            return UNKNOWN_HOST;
        }
        if (host == null || host.isEmpty()) {
            return UNKNOWN_HOST;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") || InetAddresses.isInetAddress(host)) {
            return host;
        }
        try {
            InternetDomainName name = InternetDomainName.from(host);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
        } catch (RuntimeException notADomainName) {
            return UNKNOWN_HOST;
        }
        String[] labels = host.split("\\.");
        return labels.length <= 2 ? host : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }

    private static String fingerprintOf(CallInput input) {
        try {
            return BodyFingerprint.of(input.hmacSalt(), input.body());
        } catch (RuntimeException | OutOfMemoryError e) {
            return "";
        }
    }
}
