package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tool rules cannot be side-stepped by spelling the path differently: every call of the minimum catalogue of
 * docs/api.md, with every path trick a server or proxy would undo, is still the same tool and operation.
 */
class CataloguePathTricksTest {
    private static final CatalogueToolRecognizer RECOGNIZER = new CatalogueToolRecognizer();

    /** The minimum catalogue of docs/api.md: method, host, path, tool, operation, verb. */
    private static final List<Object[]> MINIMUM_CATALOGUE = List.of(
            row("POST", "hooks.slack.com", "/services/T0001/B0002/XXXXXXXXXXXXXXXXXXXXXXXX", "slack", "post_message"),
            row("POST", "slack.com", "/api/chat.postMessage", "slack", "post_message"),
            row("POST", "api.github.com", "/repos/acme/web/issues", "github", "create_issue"),
            row("POST", "api.github.com", "/repos/acme/web/pulls", "github", "create_pr"),
            row("POST", "api.github.com", "/repos/acme/web/issues/42/comments", "github", "create_comment"),
            row("GET", "api.github.com", "/repos/acme/web/issues", "github", "list_issues"),
            row("DELETE", "api.github.com", "/repos/acme/web", "github", "delete_repo"),
            row("POST", "acme.atlassian.net", "/rest/api/2/issue", "jira", "create_issue"),
            row("POST", "acme.atlassian.net", "/rest/api/3/issue", "jira", "create_issue"),
            row("POST", "api.stripe.com", "/v1/customers", "stripe", "create_customer"),
            row("POST", "api.sendgrid.com", "/v3/mail/send", "sendgrid", "send_email"),
            row("POST", "gmail.googleapis.com", "/gmail/v1/users/me/messages/send", "gmail", "send_email"),
            row("POST", "gmail.googleapis.com", "/upload/gmail/v1/users/me/messages/send", "gmail", "send_email"),
            row("POST", "acme.my.salesforce.com", "/services/data/v59.0/sobjects/Contact", "salesforce",
                    "create_record"),
            row("POST", "api.hubapi.com", "/crm/v3/objects/contacts", "hubspot", "create_contact"),
            row("POST", "acme.zendesk.com", "/api/v2/tickets", "zendesk", "create_ticket"),
            row("POST", "acme.zendesk.com", "/api/v2/tickets.json", "zendesk", "create_ticket"),
            row("POST", "api.twilio.com", "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json",
                    "twilio", "send_sms"),
            row("POST", "discord.com", "/api/webhooks/1234567890/abcDEF-token", "discord", "post_message"),
            row("POST", "api.notion.com", "/v1/pages", "notion", "create_page"),
            row("POST", "api.openai.com", "/v1/chat/completions", "openai", "create_completion"));

    /** Ways to spell a path that servers and proxies read as the same path. */
    private static final List<Trick> TRICKS = List.of(
            new Trick("as written", path -> path),
            new Trick("leading //", path -> "/" + path),
            new Trick("every / doubled", path -> path.replace("/", "//")),
            new Trick("inner / as %2F", path -> "/" + path.substring(1).replace("/", "%2F")),
            new Trick("inner / as %2f", path -> "/" + path.substring(1).replace("/", "%2f")),
            new Trick("inner / as %5C", path -> "/" + path.substring(1).replace("/", "%5C")),
            new Trick("inner / as %252F", path -> "/" + path.substring(1).replace("/", "%252F")),
            new Trick(";x=1 on the last segment", path -> path + ";x=1"),
            new Trick(";params on every segment", path -> "/" + path.substring(1).replace("/", ";p=1/") + ";q"),
            new Trick("/./ inserted and a trailing /", path -> path.replaceFirst("/", "/./") + "/"),
            new Trick("/x/../ inserted", path -> "/x/.." + path),
            new Trick("..;/ inserted", path -> "/x/..;" + path),
            new Trick("%2e%2e inserted", path -> "/x/%2e%2e" + path),
            new Trick("%2E/ inserted", path -> "/%2E" + path),
            new Trick("trailing //", path -> path + "//"),
            new Trick("letters percent-encoded", CataloguePathTricksTest::encodeFirstLetterOfEachSegment),
            new Trick("upper case", path -> path.toUpperCase(Locale.ROOT)),
            new Trick("all at once", path -> "/./" + encodeFirstLetterOfEachSegment(path).substring(1)
                    .replace("/", ";a=b//") + "%2F"));

    record Trick(String name, UnaryOperator<String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Object[] row(String method, String host, String path, String tool, String operation) {
        return new Object[] {method, host, path, tool, operation};
    }

    private static String encodeFirstLetterOfEachSegment(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.substring(1).split("/", -1)) {
            out.append('/');
            if (!segment.isEmpty() && Character.isLetter(segment.charAt(0))) {
                out.append(String.format("%%%02X", (int) segment.charAt(0))).append(segment.substring(1));
            } else {
                out.append(segment);
            }
        }
        return out.toString();
    }

    static Stream<Arguments> catalogueTimesTricks() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : MINIMUM_CATALOGUE) {
            for (Trick trick : TRICKS) {
                cases.add(Arguments.of(row[0], row[1], trick.apply().apply((String) row[2]), row[3], row[4], trick));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}{2} ({5}) -> {3}/{4}")
    @MethodSource("catalogueTimesTricks")
    void aPathTrickDoesNotChangeTheOperation(String method, String host, String path, String tool, String operation,
                                             Trick trick) {
        OutboundCall call = OutboundCall.of(method, "https://" + host + path, Map.of());

        assertThat(RECOGNIZER.recognize(call, () -> "").map(m -> m.withPrincipals(null))).as("normalized path %s", call.path())
                .contains(new ToolMatch(tool, operation, OperationVerbClassifier.verbOf(operation)));
    }

    static Stream<Arguments> catalogueHostSpellings() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : MINIMUM_CATALOGUE) {
            String host = (String) row[1];
            for (String spelling : List.of(host.toUpperCase(Locale.ROOT), host + ".", host + ":443")) {
                cases.add(Arguments.of(row[0], spelling, row[2], row[3], row[4]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}{2} -> {3}/{4}")
    @MethodSource("catalogueHostSpellings")
    void aHostSpellingDoesNotChangeTheOperation(String method, String host, String path, String tool,
                                                String operation) {
        OutboundCall call = OutboundCall.of(method, "https://" + host + path, Map.of());

        assertThat(RECOGNIZER.recognize(call, () -> "").map(m -> m.withPrincipals(null))).contains(
                new ToolMatch(tool, operation, OperationVerbClassifier.verbOf(operation)));
    }

    static Stream<Arguments> catalogueWithOtherMethodsAndPaths() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : MINIMUM_CATALOGUE) {
            for (String method : List.of("GET", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD")) {
                cases.add(Arguments.of(method, row[1], row[2] + "/unheard-of/x/y/z", row[3]));
            }
            cases.add(Arguments.of(row[0], row[1], "/completely/elsewhere", row[3]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}{2} is still {3}")
    @MethodSource("catalogueWithOtherMethodsAndPaths")
    void anUnnamedOperationOnAVendorsHostIsStillThatVendorsTool(String method, String host, String path,
                                                                String tool) {
        OutboundCall call = OutboundCall.of(method, "https://" + host + path, Map.of());

        assertThat(RECOGNIZER.recognize(call, () -> "").map(m -> m.withPrincipals(null))).contains(new ToolMatch(tool,
                "http_" + method.toLowerCase(Locale.ROOT), Verb.ofHttpMethod(method)));
    }
}
