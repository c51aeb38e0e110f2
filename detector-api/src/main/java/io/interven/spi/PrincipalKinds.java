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
    /**
     * The sender of an e-mail ({@code from}): kept by sanitizing like a recipient, but the call does not reach it,
     * so {@code EXTERNAL_PRINCIPAL} does not judge it (since SPI 1.1.0).
     */
    public static final String EMAIL_SENDER = "email_sender";
    /** The telephone number an SMS or a call goes to, digits with a leading {@code +} (since SPI 1.1.0). */
    public static final String PHONE = "phone";
    /** The telephone number an SMS is sent from: kept by sanitizing, not judged (since SPI 1.1.0). */
    public static final String PHONE_SENDER = "phone_sender";

    private PrincipalKinds() {
    }
}
