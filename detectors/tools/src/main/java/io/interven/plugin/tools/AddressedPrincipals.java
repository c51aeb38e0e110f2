package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Principals a call names in its host or path, or in one body member: the owner of a GitHub repository
 * ({@code /repos/{owner}/...}, {@code /orgs/{org}/...}), the Slack workspace of an incoming webhook
 * ({@code hooks.slack.com/services/T.../B.../...}) or of a Web API call's {@code team_id}, the Jira site
 * ({@code acme.atlassian.net}) and the tenant host of a Zendesk or Salesforce account ({@code acme.zendesk.com},
 * {@code acme.my.salesforce.com}, kind {@link PrincipalKinds#DOMAIN}). A Slack Web API call without
 * {@code team_id} names no workspace: its token's own workspace is the one it reaches.
 */
final class AddressedPrincipals {
    private AddressedPrincipals() {
    }

    static List<Principal> github(OutboundCall call) {
        String[] segments = call.path().split("/");
        if (segments.length >= 3 && ("repos".equalsIgnoreCase(segments[1]) || "orgs".equalsIgnoreCase(segments[1]))
                && !segments[2].isEmpty()) {
            return List.of(Principal.of(PrincipalKinds.GITHUB_ORG, segments[2]));
        }
        return List.of();
    }

    static List<Principal> slack(OutboundCall call, String body) {
        List<Principal> named = new ArrayList<>();
        String[] segments = call.path().split("/");
        if ("hooks.slack.com".equals(call.host()) && segments.length >= 3
                && ("services".equalsIgnoreCase(segments[1]) || "workflows".equalsIgnoreCase(segments[1]))
                && isTeamId(segments[2])) {
            named.add(Principal.of(PrincipalKinds.SLACK_WORKSPACE, segments[2]));
        }
        if ("slack.com".equals(call.host()) && body != null && body.strip().startsWith("{")) {
            Map<String, Object> members = JsonBody.objectOrEmpty(body);
            if (members.get("team_id") instanceof String team && isTeamId(team.strip())) {
                named.add(new Principal(PrincipalKinds.SLACK_WORKSPACE, team,
                        BodyPath.child(BodyPath.ROOT, "team_id")));
            }
        }
        return named;
    }

    static List<Principal> site(OutboundCall call, String kind, String domain) {
        if (call.host().endsWith("." + domain)) {
            return List.of(Principal.of(kind, call.host()));
        }
        return List.of();
    }

    /** A Slack team (workspace) or enterprise id: {@code T} or {@code E} and 8 or more letters and digits. */
    static boolean isTeamId(String text) {
        if (text.length() < 9 || text.length() > 32) {
            return false;
        }
        char first = Character.toUpperCase(text.charAt(0));
        if (first != 'T' && first != 'E') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
