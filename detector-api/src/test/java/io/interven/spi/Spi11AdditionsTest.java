package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPI 1.1.0 added components to three records (the texts of a call and the agent's context to {@link SignalContext},
 * principals to {@link ToolMatch}, a trace id to {@link PastCall}). Each keeps its 1.0 constructor, which builds
 * the record with the new component empty, so that a plugin compiled against 1.0 links and behaves as before.
 */
class Spi11AdditionsTest {
    static final OutboundCall CALL = OutboundCall.of("POST", "https://api.sendgrid.com/v3/mail/send", Map.of());
    static final AgentRef AGENT = new AgentRef("0b5c6a57-0c5e-4bde-9c3f-0d7a0c7e9a11", "bot", "langchain");

    @Test
    void aContextBuiltTheOldWayHasNoFieldsAndNoAgentContext() throws Exception {
        assertThat(SignalContext.class.getConstructor(OutboundCall.class, ToolMatch.class, List.class,
                AgentRef.class, AgentHistory.class, PluginSettings.class)).isNotNull();

        SignalContext context = new SignalContext(CALL, new ToolMatch("sendgrid", "send_mail", Verb.WRITE),
                List.of(), AGENT, null, null);

        assertThat(context.fields()).isEmpty();
        assertThat(context.agentContext()).isEmpty();
    }

    @Test
    void fieldsAndAgentContextArePassedAlongByEveryWither() {
        ScanField text = new ScanField("$.content[0].value", FieldLocation.BODY, "value", "hello");
        SignalContext context = new SignalContext(CALL, new ToolMatch("sendgrid", "send_mail", Verb.WRITE),
                List.of(), AGENT).withFields(List.of(text)).withAgentContext("summarize the ticket");

        SignalContext changed = context.withHistory(AgentHistory.none()).withTenantSettings(PluginSettings.empty())
                .withCall(CALL).withTool(new ToolMatch("sendgrid", "send_mail", Verb.WRITE,
                        List.of(Principal.of(PrincipalKinds.EMAIL, "ana@gmail.com"))));

        assertThat(changed.fields()).containsExactly(text);
        assertThat(changed.agentContext()).isEqualTo("summarize the ticket");
        assertThat(changed.tool().principals()).extracting(Principal::value).containsExactly("ana@gmail.com");
    }

    @Test
    void aToolMatchBuiltTheOldWayNamesNoPrincipal() throws Exception {
        assertThat(ToolMatch.class.getConstructor(String.class, String.class, Verb.class)).isNotNull();

        assertThat(new ToolMatch("github", "create_pr", Verb.WRITE).principals()).isEmpty();
        assertThat(new ToolMatch("github", "create_pr", Verb.WRITE, null).principals()).isEmpty();
    }

    @Test
    void principalsAreLowerCaseAndAnEmailBelongsToItsDomain() {
        Principal recipient = new Principal("EMAIL", " Ana@GMail.com ", "$.personalizations[0].to[0].email");

        assertThat(recipient.kind()).isEqualTo(PrincipalKinds.EMAIL);
        assertThat(recipient.value()).isEqualTo("ana@gmail.com");
        assertThat(recipient.organisation()).isEqualTo("gmail.com");
        assertThat(Principal.of(PrincipalKinds.GITHUB_ORG, "Acme-Corp").organisation()).isEqualTo("acme-corp");
        assertThatThrownBy(() -> Principal.of(PrincipalKinds.EMAIL, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPastCallBuiltTheOldWayNamesNoTrace() throws Exception {
        assertThat(PastCall.class.getConstructor(Instant.class, String.class, String.class, String.class,
                Verb.class)).isNotNull();
        UUID trace = UUID.randomUUID();

        assertThat(new PastCall(Instant.EPOCH, "crm", "get_record", "api.crm.example", Verb.READ).trace()).isEmpty();
        assertThat(new PastCall(Instant.EPOCH, "crm", "get_record", "api.crm.example", Verb.READ, trace).trace())
                .contains(trace);
    }
}
