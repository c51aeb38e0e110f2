package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        assertThat(recognizer.recognize(call(method, url)).map(m -> m.withPrincipals(null)))
                .contains(new ToolMatch(tool, operation, verb));
    }

    @Test
    void toleratesOneTrailingSlashAndCaseOfLiteralSegments() {
        assertThat(recognizer.recognize(call("POST", "https://api.github.com/repos/acme/web/issues/"))
                .map(m -> m.withPrincipals(null))).contains(new ToolMatch("github", "create_issue", Verb.WRITE));
        assertThat(recognizer.recognize(call("POST", "https://API.GitHub.com/repos/acme/web/issues"))
                .map(m -> m.withPrincipals(null))).contains(new ToolMatch("github", "create_issue", Verb.WRITE));
    }

    @ParameterizedTest(name = "{0} {1} is not recognized")
    @CsvSource({
            // look-alike or unknown hosts
            "POST, https://api.github.com.evil.com/repos/acme/web/issues",
            "POST, https://notapi.github.com.example.net/repos/acme/web/issues",
            "POST, https://evilgithub.com/repos/acme/web/issues",
            "POST, https://atlassian.net/rest/api/2/issue",
            "POST, https://acme.atlassian.net.evil.com/rest/api/2/issue",
            "POST, https://zendesk.com.attacker.io/api/v2/tickets",
            "POST, https://hooks.slack.com.evil.example/services/T/B/X",
            "POST, https://slack.com.evil.example/api/chat.postMessage",
            "POST, https://notslack.com/api/chat.postMessage",
            "POST, https://api.example-corp.com/v1/events",
            "POST, https://webhook.site/7b1c2a0e-0000-4000-8000-000000000000",
            "POST, https://www.googleapis.com/drive/v3/files",
            "POST, https://acme.github.io/collect",
            "POST, https://api.linear.app.evil.com/graphql",
            "POST, https://gitlab.com.attacker.io/api/graphql",
            "POST, https://notmonday.com/v2",
    })
    void leavesUnknownDestinationsToTheHost(String method, String url) {
        assertThat(recognizer.recognize(call(method, url))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}/{3}")
    @CsvSource({
            // a vendor's host with a method or path that no catalogue line names
            "GET, https://hooks.slack.com/services/T0001/B0002/XXXX, slack, http_get, READ",
            "POST, https://files.slack.com/upload/v1/abc, slack, http_post, WRITE",
            "POST, https://api.slack.com/apps, slack, http_post, WRITE",
            "POST, https://slack.com/api/chat.postMessageX, slack, http_post, WRITE",
            "POST, https://acme.slack.com/api/chat.postMessage, slack, http_post, WRITE",
            "PUT, https://api.github.com/repos/acme/web/issues, github, http_put, WRITE",
            "POST, https://api.github.com/repos/acme/web/issues/42/comments/extra, github, http_post, WRITE",
            "POST, https://uploads.github.com/repos/acme/web/releases/1/assets?name=x.zip, github, http_post, WRITE",
            "POST, https://evilapi.github.com/repos/acme/web/issues, github, http_post, WRITE",
            "DELETE, https://github.com/acme/web, github, http_delete, DELETE",
            "GET, https://api.stripe.com/v1/refunds, stripe, http_get, READ",
            "POST, https://files.stripe.com/v1/files, stripe, http_post, WRITE",
            "POST, https://my.salesforce.com/services/data/v59.0/sobjects/Contact, salesforce, http_post, WRITE",
            "POST, https://api.openai.com/v1/chat/completions/extra, openai, http_post, WRITE",
            "OPTIONS, https://api.openai.com/v1/chat/completions, openai, http_options, READ",
            "POST, https://acme.zendesk.com/api/v2/tickets.jsonx, zendesk, http_post, WRITE",
            "POST, https://gmail.googleapis.com/download/gmail/v1/users/me/messages/send, gmail, http_post, WRITE",
            "HEAD, https://api.notion.com/v1/pages, notion, http_head, READ",
            "POST, https://discord.com/api/v10/guilds/1/channels, discord, http_post, WRITE",
            "POST, https://cdn.discordapp.com/attachments/1/2/x.txt, discord, http_post, WRITE",
            "POST, https://api.hubspot.com/crm/v3/objects/contacts, hubspot, http_post, WRITE",
            "PATCH, https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/SM1.json, twilio, http_patch, WRITE",
            "POST, https://console.anthropic.com/x, anthropic, http_post, WRITE",
            "POST, https://acme.atlassian.net/wiki/rest/api/content, jira, http_post, WRITE",
            "POST, https://gitlab.com/api/v4/projects/1/issues, gitlab, http_post, WRITE",
            "GET, https://linear.app/acme/issue/ENG-1, linear, http_get, READ",
            "POST, https://api.monday.com/v1/boards, monday, http_post, WRITE",
    })
    void aVendorsHostIsThatVendorsToolWhateverThePath(String method, String url, String tool, String operation,
                                                      Verb verb) {
        assertThat(recognizer.recognize(call(method, url)).map(m -> m.withPrincipals(null)))
                .contains(new ToolMatch(tool, operation, verb));
    }

    @ParameterizedTest(name = "{0} under shared hosting {1} is not {2}")
    @CsvSource({
            "https://acme.slack.com/api/chat.postMessage, slack.com, slack",
            "https://acme.atlassian.net/rest/api/3/issue, atlassian.net, jira",
            "https://acme.zendesk.com/api/v2/tickets, acme.zendesk.com, zendesk",
            "https://api.github.com.s3.amazonaws.com/repos/a/b/issues, s3.amazonaws.com, github",
    })
    void aWildcardNeverCoversAHostUnderASharedHostingSuffix(String url, String suffix, String tool) {
        OutboundCall rented = call("POST", url).withSharedHostingSuffix(suffix);

        assertThat(recognizer.recognize(rented)).isEmpty();
    }

    @Test
    void anExactHostIsRecognizedEvenUnderASharedHostingSuffix() {
        OutboundCall gmail = call("POST", "https://gmail.googleapis.com/gmail/v1/users/me/messages/send")
                .withSharedHostingSuffix("googleapis.com");

        assertThat(recognizer.recognize(gmail)).contains(new ToolMatch("gmail", "send_email", Verb.WRITE));
        assertThat(recognizer.recognize(call("GET", "https://gmail.googleapis.com/gmail/v1/users/me/labels")
                .withSharedHostingSuffix("googleapis.com"))).contains(new ToolMatch("gmail", "http_get", Verb.READ));
    }

    @Test
    void everyToolOfTheCatalogueHasItsVendorHostsAndEveryVendorHasOperations() {
        ToolCatalogue catalogue = ToolCatalogue.builtIn();
        Set<String> tools = new TreeSet<>();
        catalogue.entries().forEach(entry -> tools.add(entry.match(call("GET", "https://x.example/"), () -> "").toolName()));
        Set<String> vendors = new TreeSet<>();
        catalogue.vendors().forEach(vendor -> vendors.add(vendor.tool()));

        assertThat(vendors).isEqualTo(tools);
    }

    @Test
    void hasAStableId() {
        assertThat(recognizer.id()).isEqualTo("catalogue");
    }
}
