package io.interven.plugin.signals.principals;

import io.interven.spi.PluginSettings;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final PluginSettings own;

    private OwnOrganisation(PluginSettings own) {
        this.own = own;
    }

    static OwnOrganisation of(PluginSettings tenantSettings) {
        return new OwnOrganisation(tenantSettings.section(SECTION));
    }

    boolean owns(Principal principal) {
        String setting = SETTING_OF_KIND.get(principal.kind());
        if (setting == null) {
            return false;
        }
        List<String> values = own.list(setting);
        if (values.isEmpty()) {
            return false;
        }
        String organisation = principal.organisation();
        boolean byDomain = PrincipalKinds.EMAIL.equals(principal.kind())
                || PrincipalKinds.DOMAIN.equals(principal.kind());
        if (!byDomain) {
            return values.contains(organisation);
        }
        String domain = asciiDomain(organisation);
        for (String value : values) {
            if (domain.equals(value) || domain.endsWith("." + value)) {
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
