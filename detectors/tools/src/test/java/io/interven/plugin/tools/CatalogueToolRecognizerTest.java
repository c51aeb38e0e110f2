package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueToolRecognizerTest {
    private final CatalogueToolRecognizer recognizer = new CatalogueToolRecognizer();

    private static OutboundCall call(String method, String url) {
        return OutboundCall.of(method, url, Map.of());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}/{3}")
    @CsvSource({
            // every row of the minimum catalogue in docs/api.md
            "POST, https://hooks.slack.com/services/T0001/B0002/XXXXXXXXXXXXXXXXXXXXXXXX, slack, post_message, WRITE",
            "POST, https://slack.com/api/chat.postMessage, slack, post_message, WRITE",
            "POST, https://api.github.com/repos/acme/web/issues, github, create_issue, WRITE",
            "POST, https://api.github.com/repos/acme/web/pulls, github, create_pr, WRITE",
            "POST, https://api.github.com/repos/acme/web/issues/42/comments, github, create_comment, WRITE",
            "GET, https://api.github.com/repos/acme/web/issues?state=open, github, list_issues, READ",
            "DELETE, https://api.github.com/repos/acme/web, github, delete_repo, DELETE",
            "POST, https://acme.atlassian.net/rest/api/2/issue, jira, create_issue, WRITE",
            "POST, https://acme-eng.atlassian.net/rest/api/3/issue, jira, create_issue, WRITE",
            "POST, https://api.stripe.com/v1/customers, stripe, create_customer, WRITE",
            "POST, https://api.sendgrid.com/v3/mail/send, sendgrid, send_email, WRITE",
            "POST, https://gmail.googleapis.com/gmail/v1/users/me/messages/send, gmail, send_email, WRITE",
            "POST, https://gmail.googleapis.com/upload/gmail/v1/users/me/messages/send?uploadType=media, gmail, send_email, WRITE",
            "POST, https://acme.my.salesforce.com/services/data/v59.0/sobjects/Contact, salesforce, create_record, WRITE",
            "POST, https://api.hubapi.com/crm/v3/objects/contacts, hubspot, create_contact, WRITE",
            "POST, https://acme.zendesk.com/api/v2/tickets, zendesk, create_ticket, WRITE",
            "POST, https://acme.zendesk.com/api/v2/tickets.json, zendesk, create_ticket, WRITE",
            "POST, https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json, twilio, send_sms, WRITE",
            "POST, https://discord.com/api/webhooks/1234567890/abcDEF-token, discord, post_message, WRITE",
            "POST, https://api.notion.com/v1/pages, notion, create_page, WRITE",
            "POST, https://api.openai.com/v1/chat/completions, openai, create_completion, WRITE",
            // further operations
            "GET, https://api.github.com/repos/acme/web, github, get_repo, READ",
            "GET, https://api.github.com/repos/acme/web/pulls, github, list_pulls, READ",
            "PUT, https://api.github.com/repos/acme/web/pulls/7/merge, github, merge_pr, WRITE",
            "POST, https://api.github.com/gists, github, create_gist, WRITE",
            "GET, https://api.github.com/repos/acme/web/contents/src/main/App.java, github, get_contents, READ",
            "POST, https://slack.com/api/conversations.history, slack, read_messages, READ",
            "GET, https://slack.com/api/conversations.history?channel=C01, slack, read_messages, READ",
            "POST, https://acme.atlassian.net/rest/api/3/search, jira, search_issues, READ",
            "POST, https://api.hubapi.com/crm/v3/objects/contacts/search, hubspot, search_contacts, READ",
            "GET, https://api.stripe.com/v1/customers/search, stripe, search_customers, READ",
            "GET, https://api.stripe.com/v1/customers/cus_123, stripe, get_customer, READ",
            "DELETE, https://api.stripe.com/v1/customers/cus_123, stripe, delete_customer, DELETE",
            "POST, https://api.notion.com/v1/databases/abc/query, notion, query_database, READ",
            "POST, https://discord.com/api/v10/webhooks/1234567890/abcDEF-token, discord, post_message, WRITE",
            "POST, https://api.anthropic.com/v1/messages, anthropic, create_message, WRITE",
    })
    void recognizesCataloguedCalls(String method, String url, String tool, String operation, Verb verb) {
        assertThat(recognizer.recognize(call(method, url))).contains(new ToolMatch(tool, operation, verb));
    }

    @Test
    void toleratesOneTrailingSlashAndCaseOfLiteralSegments() {
        assertThat(recognizer.recognize(call("POST", "https://api.github.com/repos/acme/web/issues/")))
                .contains(new ToolMatch("github", "create_issue", Verb.WRITE));
        assertThat(recognizer.recognize(call("POST", "https://API.GitHub.com/repos/acme/web/issues")))
                .contains(new ToolMatch("github", "create_issue", Verb.WRITE));
    }

    @ParameterizedTest(name = "{0} {1} is not recognized")
    @CsvSource({
            // wrong method
            "GET, https://hooks.slack.com/services/T0001/B0002/XXXX",
            "PUT, https://api.github.com/repos/acme/web/issues",
            "GET, https://api.stripe.com/v1/refunds",
            // look-alike or unknown hosts
            "POST, https://api.github.com.evil.com/repos/acme/web/issues",
            "POST, https://evilapi.github.com/repos/acme/web/issues",
            "POST, https://notapi.github.com.example.net/repos/acme/web/issues",
            "POST, https://atlassian.net/rest/api/2/issue",
            "POST, https://acme.atlassian.net.evil.com/rest/api/2/issue",
            "POST, https://my.salesforce.com/services/data/v59.0/sobjects/Contact",
            "POST, https://zendesk.com.attacker.io/api/v2/tickets",
            "POST, https://hooks.slack.com.evil.example/services/T/B/X",
            "POST, https://api.example-corp.com/v1/events",
            "POST, https://webhook.site/7b1c2a0e-0000-4000-8000-000000000000",
            // known host, unknown path
            "POST, https://api.github.com/graphql",
            "POST, https://api.github.com/repos/acme/web/issues/42/comments/extra",
            "POST, https://slack.com/api/chat.postMessageX",
            "POST, https://api.openai.com/v1/chat/completions/extra",
            "POST, https://acme.zendesk.com/api/v2/tickets.jsonx",
            "POST, https://gmail.googleapis.com/download/gmail/v1/users/me/messages/send",
    })
    void leavesUnknownDestinationsToTheHost(String method, String url) {
        assertThat(recognizer.recognize(call(method, url))).isEmpty();
    }

    @Test
    void hasAStableId() {
        assertThat(recognizer.id()).isEqualTo("catalogue");
    }
}
