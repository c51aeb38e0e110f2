package io.interven.spi;

import java.util.Locale;

/**
 * Someone a call reaches: an e-mail recipient, the owner of a repository, a Slack workspace, a Jira site. A tool
 * recognizer names them from the call; the gateway compares them with the tenant's own organisation (its e-mail
 * domains, GitHub orgs, Slack workspaces, ...) and the {@code EXTERNAL_PRINCIPAL} signal fires when a write
 * reaches outside. Principals are not content: sanitizing keeps them and redacts the content around them.
 *
 * @param kind  what the value is, one of {@link PrincipalKinds} or a kind of the plugin's own
 * @param value the principal as the call names it, lower case ({@code ana@gmail.com}, {@code acme-corp})
 * @param path  the field of the call that holds it ({@code $.personalizations[0].to[0].email}, {@code url}), so
 *              that sanitizing can keep it; empty when it comes from the URL's host or path
 */
public record Principal(String kind, String value, String path) {
    public Principal {
        kind = Require.nonBlank(kind, "kind").toLowerCase(Locale.ROOT);
        value = Require.nonBlank(value, "value").strip().toLowerCase(Locale.ROOT);
        path = path == null ? "" : path;
    }

    public static Principal of(String kind, String value) {
        return new Principal(kind, value, "");
    }

    /** The organisation the principal belongs to: the domain of an e-mail address, the value itself otherwise. */
    public String organisation() {
        if (PrincipalKinds.EMAIL.equals(kind)) {
            int at = value.lastIndexOf('@');
            return at < 0 ? value : value.substring(at + 1);
        }
        return value;
    }
}
