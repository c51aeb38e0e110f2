package io.interven.spi;

/**
 * The kinds of {@link Principal} the built-in recognizers name, and the tenant settings that say which of them
 * belong to the tenant's own organisation. A plugin may name kinds of its own; with no setting for a kind, every
 * principal of it is outside.
 */
public final class PrincipalKinds {
    /** An e-mail recipient (to, cc, bcc), compared by its domain with the tenant's e-mail domains. */
    public static final String EMAIL = "email";
    /** The owner (user or organisation) of a GitHub repository. */
    public static final String GITHUB_ORG = "github_org";
    /** A Slack workspace (team id or domain). */
    public static final String SLACK_WORKSPACE = "slack_workspace";
    /** A Jira or Confluence site ({@code acme.atlassian.net}). */
    public static final String JIRA_SITE = "jira_site";
    /** A host a call is addressed to on behalf of someone (a webhook receiver, a tenant of a SaaS). */
    public static final String DOMAIN = "domain";

    private PrincipalKinds() {
    }
}
