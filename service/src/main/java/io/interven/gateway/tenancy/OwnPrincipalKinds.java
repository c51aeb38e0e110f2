package io.interven.gateway.tenancy;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lists of a tenant's own principals and what a value of each must be. Each value is normalized before it is
 * stored and compared: lower case; domain names without a trailing dot and in punycode ({@code bücher.example} is
 * {@code xn--bcher-kva.example}).
 *
 * <ul>
 *   <li>{@code email_domains}, {@code domains}: a host name with at least two labels, whose last label is not a
 *       number; a sub-domain of one counts as own;</li>
 *   <li>{@code jira_sites}: a site host ({@code acme.atlassian.net}); a bare site name {@code acme} means
 *       {@code acme.atlassian.net};</li>
 *   <li>{@code github_orgs}: a GitHub user or organisation name (letters, digits and single inner hyphens, at most
 *       39 characters);</li>
 *   <li>{@code slack_workspaces}: a Slack team id ({@code T0123ABCD}) or enterprise id ({@code E...}).</li>
 * </ul>
 */
public final class OwnPrincipalKinds {
    public static final String EMAIL_DOMAINS = "email_domains";
    public static final String GITHUB_ORGS = "github_orgs";
    public static final String SLACK_WORKSPACES = "slack_workspaces";
    public static final String JIRA_SITES = "jira_sites";
    public static final String DOMAINS = "domains";
    public static final List<String> SETTINGS = List.of(EMAIL_DOMAINS, GITHUB_ORGS, SLACK_WORKSPACES, JIRA_SITES,
            DOMAINS);
    /** The most values one list may hold. */
    public static final int MAX_VALUES = 1_000;
    /** The longest value accepted as given (a domain name has at most 253 characters). */
    public static final int MAX_LENGTH = 253;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern GITHUB_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}");
    private static final Pattern SLACK_TEAM = Pattern.compile("[te][a-z0-9]{8,31}");
    private static final String JIRA_CLOUD = ".atlassian.net";

    private OwnPrincipalKinds() {
    }

    /** The problem with {@code raw} as a value of {@code kind}, or null when {@link #normalize} accepts it. */
    public static String problem(String kind, String raw) {
        if (raw.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        return normalize(kind, raw) == null ? expected(kind) : null;
    }

    /** The value as stored, or null when it is not a valid value of {@code kind}. */
    public static String normalize(String kind, String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        return switch (kind) {
            case EMAIL_DOMAINS, DOMAINS -> domain(text);
            case JIRA_SITES -> domain(text.indexOf('.') < 0 ? text + JIRA_CLOUD : text);
            case GITHUB_ORGS -> matching(GITHUB_NAME, text.toLowerCase(Locale.ROOT));
            case SLACK_WORKSPACES -> matching(SLACK_TEAM, text.toLowerCase(Locale.ROOT));
            default -> null;
        };
    }

    private static String expected(String kind) {
        return switch (kind) {
            case EMAIL_DOMAINS, DOMAINS -> "must be a domain name such as acme.com";
            case JIRA_SITES -> "must be a site such as acme.atlassian.net (or acme)";
            case GITHUB_ORGS -> "must be a GitHub user or organisation name (letters, digits, inner hyphens, "
                    + "at most 39)";
            case SLACK_WORKSPACES -> "must be a Slack team id such as T0123ABCD";
            default -> "is not a kind of principal";
        };
    }

    private static String matching(Pattern pattern, String text) {
        return pattern.matcher(text).matches() ? text : null;
    }

    private static String domain(String text) {
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            return null;
        }
        if (ascii.isEmpty() || ascii.length() > MAX_LENGTH) {
            return null;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return null;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        String last = labels[labels.length - 1];
        return last.chars().allMatch(Character::isDigit) ? null : ascii;
    }
}
