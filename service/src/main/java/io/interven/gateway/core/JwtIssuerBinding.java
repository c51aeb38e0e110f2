package io.interven.gateway.core;

import com.google.common.net.InternetDomainName;
import io.interven.gateway.core.fields.LayerDecoder;
import io.interven.spi.DataClasses;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Web Token sent as the credential of a call (in its URL, a query value or a header value) to the API that
 * issued it is the call's authentication, like any credential sent to its issuer: when the token's {@code iss} or
 * {@code aud} claim ({@link JwtClaimHosts}) names the call's host, or a host of the same registrable domain
 * ({@code auth.acme.com} and {@code api.acme.com}), the finding gets the call's host as an issuer domain, which
 * {@link TriagedFindings} and the credential-host-mismatch signal then read as "sent to its issuer". Registrable
 * domains come from the whole Public Suffix List, its private section included, so a name rented under a
 * shared-hosting suffix ({@code victim.herokuapp.com}) shares its domain with no other renter's. A token in the
 * body, in a name, or whose claims name another domain stays data. A token's claims are the sender's to write, so
 * this says nothing of whom the token is for: it only keeps a token made for the host it goes to from counting as
 * data leaving for that host. Only the call's own host is ever added, never a text of the token.
 */
final class JwtIssuerBinding {
    private JwtIssuerBinding() {
    }

    static List<Finding> bind(List<Finding> findings, List<ScanField> fields, OutboundCall call) {
        List<Finding> bound = null;
        Map<String, ScanField> byPath = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (!mayAuthenticate(finding) || finding.issuerDomains().contains(call.host())) {
                continue;
            }
            if (byPath == null) {
                byPath = new HashMap<>();
                for (ScanField field : fields) {
                    byPath.putIfAbsent(field.path(), field);
                }
            }
            ScanField field = byPath.get(finding.path());
            if (field == null || finding.end() > field.text().length()
                    || !namesHost(field.text().substring(finding.start(), finding.end()), call.host())) {
                continue;
            }
            if (bound == null) {
                bound = new ArrayList<>(findings);
            }
            Set<String> issuers = new HashSet<>(finding.issuerDomains());
            issuers.add(call.host());
            bound.set(i, new Finding(finding.entityType(), finding.dataClass(), finding.path(), finding.location(),
                    finding.start(), finding.end(), finding.confidence(), finding.ruleId(), issuers));
        }
        return bound == null ? findings : bound;
    }

    /** A secret in the URL, a query value or a header value whose text may be a token (it starts as one does). */
    private static boolean mayAuthenticate(Finding finding) {
        return finding.location() != FieldLocation.BODY && DataClasses.SECRETS.equals(finding.dataClass())
                && !finding.path().contains(LayerDecoder.NAME_SUFFIX)
                && finding.end() - finding.start() <= JwtClaimHosts.MAX_TOKEN;
    }

    private static boolean namesHost(String text, String host) {
        if (!text.startsWith("eyJ")) {
            return false;
        }
        for (String named : JwtClaimHosts.of(text)) {
            if (named.equals(host) || sameRegistrableDomain(named, host)) {
                return true;
            }
        }
        return false;
    }

    /** Whether both names lie under one registrable domain (the Public Suffix List's, private section included). */
    static boolean sameRegistrableDomain(String a, String b) {
        String domainOfA = registrableDomain(a);
        return domainOfA != null && domainOfA.equals(registrableDomain(b));
    }

    private static String registrableDomain(String host) {
        try {
            InternetDomainName name = InternetDomainName.from(host);
            return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : null;
        } catch (IllegalArgumentException | IllegalStateException unclassifiable) {
            return null;
        }
    }
}
