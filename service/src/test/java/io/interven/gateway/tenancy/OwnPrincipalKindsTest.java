package io.interven.gateway.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnPrincipalKindsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "REFUSED", value = {
            "email_domains, Acme.COM, acme.com",
            "email_domains, acme.com., acme.com",
            "email_domains, bücher.example, xn--bcher-kva.example",
            "email_domains, ' mail.acme.com ', mail.acme.com",
            "email_domains, acme, REFUSED",
            "email_domains, acme..com, REFUSED",
            "email_domains, -acme.com, REFUSED",
            "email_domains, acme_corp.com, REFUSED",
            "email_domains, 10.0.0.1, REFUSED",
            "email_domains, @acme.com, REFUSED",
            "email_domains, *.acme.com, REFUSED",
            "domains, acme.zendesk.com, acme.zendesk.com",
            "jira_sites, acme, acme.atlassian.net",
            "jira_sites, ACME.atlassian.net, acme.atlassian.net",
            "github_orgs, Acme-Corp, acme-corp",
            "github_orgs, acme--corp, REFUSED",
            "github_orgs, -acme, REFUSED",
            "github_orgs, acme/web, REFUSED",
            "github_orgs, a234567890123456789012345678901234567890, REFUSED",
            "slack_workspaces, T0123ABCD, t0123abcd",
            "slack_workspaces, E0123ABCD, e0123abcd",
            "slack_workspaces, general, REFUSED",
            "phones, +15550100, REFUSED",
    })
    void normalizesOrRefuses(String kind, String raw, String expected) {
        assertThat(OwnPrincipalKinds.normalize(kind, raw)).isEqualTo(expected);
        assertThat(OwnPrincipalKinds.problem(kind, raw) == null).isEqualTo(expected != null);
    }

    @org.junit.jupiter.api.Test
    void anOversizedValueIsRefusedWithoutBeingNormalized() {
        assertThat(OwnPrincipalKinds.problem("email_domains", "a.".repeat(500) + "com")).contains("at most 253");
    }
}
