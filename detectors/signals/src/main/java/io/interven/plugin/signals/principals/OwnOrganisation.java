package io.interven.plugin.signals.principals;

import io.interven.spi.PluginSettings;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.net.IDN;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tenant's own organisation as the gateway hands it to signals: the section {@code own} of
 * {@link io.interven.spi.SignalContext#tenantSettings()}, one list per kind of principal
 * ({@code own.email_domains}, {@code own.github_orgs}, {@code own.slack_workspaces}, {@code own.jira_sites},
 * {@code own.domains}), each value lower case and, for names, in punycode.
 *
 * <p>An e-mail address is own when its domain is an own e-mail domain or a sub-domain of one
 * ({@code ana@eu.acme.com} with {@code acme.com}); a {@code domain} principal likewise. GitHub organisations,
 * Slack workspaces and Jira sites are own only when named exactly. A kind with no setting (a telephone number, a
 * plugin's own kind) is never own.
 */
final class OwnOrganisation {
    static final String SECTION = "own";
    static final Map<String, String> SETTING_OF_KIND = Map.of(
            PrincipalKinds.EMAIL, "email_domains",
            PrincipalKinds.GITHUB_ORG, "github_orgs",
            PrincipalKinds.SLACK_WORKSPACE, "slack_workspaces",
            PrincipalKinds.JIRA_SITE, "jira_sites",
            PrincipalKinds.DOMAIN, "domains");

    private final Map<String, Set<String>> ownByKind = new HashMap<>();

    private OwnOrganisation(PluginSettings own) {
        SETTING_OF_KIND.forEach((kind, setting) -> {
            List<String> values = own.list(setting);
            if (!values.isEmpty()) {
                ownByKind.put(kind, Set.copyOf(values));
            }
        });
    }

    /** Reads the tenant's lists into sets; {@link OwnOrganisations} keeps what it read for each settings instance. */
    static OwnOrganisation of(PluginSettings tenantSettings) {
        return new OwnOrganisation(tenantSettings.section(SECTION));
    }

    /**
     * True when the principal belongs to the tenant: its organisation is among the own values of its kind, or, for
     * an e-mail address or a domain, its domain or one of the domains it lies under is. As many look-ups as the
     * domain has labels, however long the lists.
     */
    boolean owns(Principal principal) {
        Set<String> values = ownByKind.get(principal.kind());
        if (values == null) {
            return false;
        }
        String organisation = principal.organisation();
        boolean byDomain = PrincipalKinds.EMAIL.equals(principal.kind())
                || PrincipalKinds.DOMAIN.equals(principal.kind());
        if (!byDomain) {
            return values.contains(organisation);
        }
        String domain = asciiDomain(organisation);
        if (values.contains(domain)) {
            return true;
        }
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
            if (values.contains(domain.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The domain in lower-case punycode without a trailing dot; as given when it is not a valid name. */
    static String asciiDomain(String domain) {
        String name = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        try {
            return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
