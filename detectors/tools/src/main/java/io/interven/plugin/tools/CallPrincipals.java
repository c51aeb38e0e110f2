package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.List;
import java.util.function.Supplier;

/**
 * Names the principals of a recognized call: whom it reaches (e-mail recipients, an SMS destination, the owner of
 * a repository, a workspace or site). The body is read only for the operations that address someone in it.
 */
final class CallPrincipals {
    private CallPrincipals() {
    }

    static ToolMatch named(OutboundCall call, ToolMatch match, Supplier<String> body) {
        List<Principal> principals = of(call, match, body);
        return principals.isEmpty() ? match : match.withPrincipals(principals);
    }

    private static List<Principal> of(OutboundCall call, ToolMatch match, Supplier<String> body) {
        String operation = match.operation();
        return switch (match.toolName()) {
            case "sendgrid" -> "send_email".equals(operation) ? SendgridPrincipals.of(body.get()) : List.of();
            case "gmail" -> "send_email".equals(operation) || "create_draft".equals(operation)
                    ? GmailPrincipals.of(body.get()) : List.of();
            case "twilio" -> "send_sms".equals(operation) || "create_call".equals(operation)
                    ? TwilioPrincipals.of(body.get()) : List.of();
            case "github" -> AddressedPrincipals.github(call);
            case "slack" -> AddressedPrincipals.slack(call, match.verb() == Verb.READ ? ""
                    : body.get());
            case "jira" -> AddressedPrincipals.site(call, PrincipalKinds.JIRA_SITE, "atlassian.net");
            case "zendesk" -> AddressedPrincipals.site(call, PrincipalKinds.DOMAIN, "zendesk.com");
            case "salesforce" -> AddressedPrincipals.site(call, PrincipalKinds.DOMAIN, "my.salesforce.com");
            default -> List.of();
        };
    }
}
