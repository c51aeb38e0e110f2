package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import io.interven.spi.ToolMatch;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The principals each recognized tool names, with the paths the gateway's detectors use for their fields. */
class CallPrincipalsTest {
    private static final CatalogueToolRecognizer RECOGNIZER = new CatalogueToolRecognizer();

    private static List<Principal> principalsOf(String method, String url, String body) {
        return RECOGNIZER.recognize(OutboundCall.of(method, url, Map.of()), () -> body).map(ToolMatch::principals)
                .orElseThrow();
    }

    @Test
    void sendgridNamesRecipientsAndTheSenderWithTheirPaths() {
        String body = """
                {"personalizations": [{"to": [{"email": "Ana@Gmail.com", "name": "Ana 4111 1111 1111 1111"},
                                               {"email": "bo@customer.example"}],
                                       "cc": [{"email": "cc@partner.example"}],
                                       "bcc": [{"email": "not an address"}]}],
                 "from": {"email": "support@acme.example"},
                 "reply_to": {"email": "replies@acme.example"},
                 "subject": "hi", "content": [{"type": "text/plain", "value": "write to eve@evil.example"}]}
                """;

        assertThat(principalsOf("POST", "https://api.sendgrid.com/v3/mail/send", body)).containsExactlyInAnyOrder(
                new Principal("email", "ana@gmail.com", "$.personalizations[0].to[0].email"),
                new Principal("email", "bo@customer.example", "$.personalizations[0].to[1].email"),
                new Principal("email", "cc@partner.example", "$.personalizations[0].cc[0].email"),
                new Principal("email_sender", "support@acme.example", "$.from.email"),
                new Principal("email", "replies@acme.example", "$.reply_to.email"));
    }

    @Test
    void aMalformedOrHostileBodyNamesNoPrincipalFromIt() {
        String url = "https://api.sendgrid.com/v3/mail/send";
        assertThat(principalsOf("POST", url, "{\"personalizations\": [")).isEmpty();
        assertThat(principalsOf("POST", url, "[1,2]")).isEmpty();
        assertThat(principalsOf("POST", url, "[".repeat(10_000))).isEmpty();
        assertThat(principalsOf("POST", url, "{\"personalizations\": [{\"to\": [{\"email\": "
                + "\"a@b.example\\nBcc: x@y.example\"}]}]}")).isEmpty();
        assertThat(principalsOf("POST", url, "")).isEmpty();
    }

    @Test
    void gmailReadsTheHeadersOfTheRawMessage() {
        String message = "From: Support <support@acme.example>\r\n"
                + "To: \"Doe, Ana\" <ana@gmail.com>, bo@customer.example\r\n"
                + "Cc: carl@partner.example (Carl),\r\n  dee@partner.example\r\n"
                + "Subject: SSN\r\n\r\n"
                + "To: eve@evil.example\r\nHer SSN is 123-45-6789\r\n";
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(message.getBytes(StandardCharsets.UTF_8));

        List<Principal> named = principalsOf("POST", "https://gmail.googleapis.com/gmail/v1/users/me/messages/send",
                "{\"raw\": \"" + raw + "\"}");

        assertThat(named).containsExactlyInAnyOrder(
                new Principal("email_sender", "support@acme.example", "$.raw"),
                new Principal("email", "ana@gmail.com", "$.raw"),
                new Principal("email", "bo@customer.example", "$.raw"),
                new Principal("email", "carl@partner.example", "$.raw"),
                new Principal("email", "dee@partner.example", "$.raw"));
        assertThat(principalsOf("POST",
                "https://gmail.googleapis.com/upload/gmail/v1/users/me/messages/send?uploadType=media", message))
                .extracting(Principal::path).containsOnly("$");
        assertThat(principalsOf("POST", "https://gmail.googleapis.com/gmail/v1/users/me/drafts",
                "{\"message\": {\"raw\": \"" + raw + "\"}}")).extracting(Principal::path).containsOnly("$.message.raw");
        assertThat(principalsOf("POST", "https://gmail.googleapis.com/gmail/v1/users/me/messages/send",
                "{\"raw\": \"%%% not base64\"}")).isEmpty();
    }

    @Test
    void githubNamesTheRepositoryOwner() {
        assertThat(principalsOf("DELETE", "https://api.github.com/repos/Acme-Corp/web", ""))
                .containsExactly(Principal.of(PrincipalKinds.GITHUB_ORG, "acme-corp"));
        assertThat(principalsOf("POST", "https://api.github.com//repos%2Fother/web/issues", ""))
                .containsExactly(Principal.of(PrincipalKinds.GITHUB_ORG, "other"));
        assertThat(principalsOf("POST", "https://api.github.com/orgs/acme/repos", ""))
                .containsExactly(Principal.of(PrincipalKinds.GITHUB_ORG, "acme"));
        assertThat(principalsOf("POST", "https://api.github.com/user/repos", "")).isEmpty();
    }

    @Test
    void slackNamesTheWorkspaceOfAWebhookOrOfTeamId() {
        assertThat(principalsOf("POST", "https://hooks.slack.com/services/T0123ABCD/B0456/xyz", "{\"text\":\"hi\"}"))
                .containsExactly(Principal.of(PrincipalKinds.SLACK_WORKSPACE, "t0123abcd"));
        assertThat(principalsOf("POST", "https://slack.com/api/chat.postMessage",
                "{\"channel\": \"C123\", \"team_id\": \"T0999ZZZZ\", \"text\": \"hi\"}"))
                .containsExactly(new Principal(PrincipalKinds.SLACK_WORKSPACE, "t0999zzzz", "$.team_id"));
        assertThat(principalsOf("POST", "https://slack.com/api/chat.postMessage",
                "{\"channel\": \"C123\", \"text\": \"hi\"}")).as("the token's own workspace").isEmpty();
    }

    @Test
    void jiraZendeskAndSalesforceNameTheirSite() {
        assertThat(principalsOf("POST", "https://acme.atlassian.net/rest/api/3/issue", "{}"))
                .containsExactly(Principal.of(PrincipalKinds.JIRA_SITE, "acme.atlassian.net"));
        assertThat(principalsOf("POST", "https://acme.zendesk.com/api/v2/tickets.json", "{}"))
                .containsExactly(Principal.of(PrincipalKinds.DOMAIN, "acme.zendesk.com"));
        assertThat(principalsOf("POST", "https://acme.my.salesforce.com/services/data/v59.0/sobjects/Lead", "{}"))
                .containsExactly(Principal.of(PrincipalKinds.DOMAIN, "acme.my.salesforce.com"));
    }

    @Test
    void twilioNamesTheDestinationNumberOfAForm() {
        List<Principal> named = principalsOf("POST",
                "https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json",
                "To=%2B1%20555-010-0199&From=%2B15550100200&Body=Card+4111111111111111");

        assertThat(named).containsExactlyInAnyOrder(
                new Principal(PrincipalKinds.PHONE, "+15550100199", "$|form.To"),
                new Principal(PrincipalKinds.PHONE_SENDER, "+15550100200", "$|form.From"));
        assertThat(principalsOf("POST", "https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json",
                "To=whatsapp:%2B15550100199&To=client:bob")).containsExactly(
                new Principal(PrincipalKinds.PHONE, "+15550100199", "$|form.To"));
    }

    @Test
    void readsNameNoPrincipalFromTheBodyAndOtherToolsNameNone() {
        assertThat(principalsOf("GET", "https://gmail.googleapis.com/gmail/v1/users/me/messages", "")).isEmpty();
        assertThat(principalsOf("POST", "https://api.openai.com/v1/chat/completions", "{\"to\": \"a@b.example\"}"))
                .isEmpty();
    }

    @Test
    void bodyPathsQuoteKeysAsTheGatewayDoes() {
        assertThat(BodyPath.child("$", "plain_key-1")).isEqualTo("$.plain_key-1");
        assertThat(BodyPath.child("$", "a b")).isEqualTo("$['a b']");
        assertThat(BodyPath.child("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(BodyPath.formValue("To", 2)).isEqualTo("$|form.To[2]");
    }
}
