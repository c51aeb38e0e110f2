package io.interven.plugin.signals.principals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.AgentRef;
import io.interven.spi.AgentHistory;
import io.interven.spi.InvalidPluginSettings;
import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExternalPrincipalSignalTest {
    private static final Principal CUSTOMER = new Principal(PrincipalKinds.EMAIL, "ana@gmail.com",
            "$.personalizations[0].to[0].email");
    private static final Principal COLLEAGUE = new Principal(PrincipalKinds.EMAIL, "bo@eu.acme.example",
            "$.personalizations[0].to[1].email");
    private static final Principal SENDER = new Principal(PrincipalKinds.EMAIL_SENDER, "support@acme.example",
            "$.from.email");

    private final ExternalPrincipalSignal signal = new ExternalPrincipalSignal();

    private static Optional<SignalResult> evaluate(ExternalPrincipalSignal signal, Verb verb, Map<String, ?> own,
                                                   Principal... principals) {
        SignalContext context = new SignalContext(
                OutboundCall.of("POST", "https://api.sendgrid.com/v3/mail/send", Map.of()),
                new ToolMatch("sendgrid", "send_email", verb, List.of(principals)), List.of(),
                new AgentRef("5a0a3a9e-8f5e-4c1e-9a38-6c3f3f3f3f3f", "agent", null), AgentHistory.none(),
                own == null ? PluginSettings.empty() : PluginSettings.of(Map.of("own", own)));
        return signal.evaluate(context);
    }

    @Test
    void withoutSettingsEveryPrincipalIsOutside() {
        Optional<SignalResult> fired = evaluate(signal, Verb.WRITE, null, CUSTOMER, COLLEAGUE);

        assertThat(fired).hasValueSatisfying(result -> {
            assertThat(result.reasonCode()).isEqualTo(ReasonCodes.EXTERNAL_PRINCIPAL);
            assertThat(result.weight()).isEqualTo(0.2);
            assertThat(result.detail()).isEqualTo("2 of 2 principals outside the tenant's organisation (2 email)")
                    .doesNotContain("gmail").doesNotContain("@");
        });
    }

    @Test
    void anOwnDomainAndItsSubDomainsAreNotOutside() {
        Map<String, Object> own = Map.of("email_domains", List.of("acme.example"));

        assertThat(evaluate(signal, Verb.WRITE, own, COLLEAGUE, SENDER)).isEmpty();
        assertThat(evaluate(signal, Verb.WRITE, own, CUSTOMER, COLLEAGUE)).hasValueSatisfying(result ->
                assertThat(result.detail()).startsWith("1 of 2 principals"));
        assertThat(evaluate(signal, Verb.WRITE, Map.of("email_domains", List.of("cme.example")), COLLEAGUE))
                .as("a suffix that is not a parent domain").isPresent();
    }

    @Test
    void aUnicodeRecipientDomainIsComparedInPunycode() {
        Principal unicode = new Principal(PrincipalKinds.EMAIL, "ana@bücher.example", "$.to");

        assertThat(evaluate(signal, Verb.WRITE, Map.of("email_domains", List.of("xn--bcher-kva.example")), unicode))
                .isEmpty();
    }

    @Test
    void readsAndSendersAloneDoNotFire() {
        assertThat(evaluate(signal, Verb.READ, null, CUSTOMER)).isEmpty();
        assertThat(evaluate(signal, Verb.WRITE, null, SENDER)).isEmpty();
        assertThat(evaluate(signal, Verb.WRITE, null)).isEmpty();
        assertThat(evaluate(signal, Verb.DELETE, null, Principal.of(PrincipalKinds.GITHUB_ORG, "other"))).isPresent();
    }

    @Test
    void exactKindsMatchOnlyExactly() {
        Map<String, Object> own = Map.of("github_orgs", List.of("acme"), "slack_workspaces", List.of("t0123abcd"),
                "jira_sites", List.of("acme.atlassian.net"), "domains", List.of("acme.zendesk.com"));

        assertThat(evaluate(signal, Verb.WRITE, own, Principal.of(PrincipalKinds.GITHUB_ORG, "acme"),
                Principal.of(PrincipalKinds.SLACK_WORKSPACE, "T0123ABCD"),
                Principal.of(PrincipalKinds.JIRA_SITE, "acme.atlassian.net"),
                Principal.of(PrincipalKinds.DOMAIN, "acme.zendesk.com"))).isEmpty();
        assertThat(evaluate(signal, Verb.WRITE, own, Principal.of(PrincipalKinds.GITHUB_ORG, "acme-evil")))
                .isPresent();
        assertThat(evaluate(signal, Verb.WRITE, own, Principal.of(PrincipalKinds.JIRA_SITE, "x.acme.atlassian.net")))
                .isPresent();
        assertThat(evaluate(signal, Verb.WRITE, own, Principal.of(PrincipalKinds.PHONE, "+15550100199")))
                .as("no setting for telephone numbers").hasValueSatisfying(result ->
                        assertThat(result.detail()).isEqualTo("1 of 1 principal outside the tenant's organisation"
                                + " (1 phone)"));
    }

    @Test
    void theWeightIsConfigurable() {
        ExternalPrincipalSignal configured = new ExternalPrincipalSignal();
        configured.configure(PluginSettings.of(Map.of("external-principal", Map.of("weight", 0.35))));

        assertThat(evaluate(configured, Verb.WRITE, null, CUSTOMER)).hasValueSatisfying(result ->
                assertThat(result.weight()).isEqualTo(0.35));
        assertThatThrownBy(() -> configured.configure(PluginSettings.of(Map.of("external-principal",
                Map.of("weight", 1.5))))).isInstanceOf(InvalidPluginSettings.class)
                .hasMessageContaining("external-principal.weight");
    }
}
