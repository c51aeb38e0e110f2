package io.interven.plugin.pii;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a field value reads as a person's name: one to five words of letters (any script), apostrophes, hyphens
 * and initials' dots; no digits, no markup or placeholder characters, no words that name teams, companies or
 * machines ({@code Acme Support}, {@code The Team}, {@code deploy-bot}), and not a placeholder ({@code N/A},
 * {@code unknown}).
 */
final class PersonNameValue {
    private static final int MAX_LENGTH = 80;
    private static final int MAX_WORDS = 5;
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.\\-]*");
    /** Lower-case particles of family names: {@code Ludwig van Beethoven}, {@code María de la Cruz}. */
    static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
            "das", "dos", "du", "la", "le", "les", "ten", "ter", "bin", "binti", "al", "el", "y", "e", "zu", "af",
            "av");
    /** Words that make a name a team's, a company's, a role's or a program's. */
    static final Set<String> NOT_PERSONAL = Set.of("the", "team", "support", "billing", "sales", "service",
            "services", "help", "helpdesk", "desk", "info", "noreply", "no-reply", "notifications", "notification",
            "alerts", "alert", "bot", "robot", "admin", "administrator", "system", "systems", "agent", "assistant",
            "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "corporation", "company", "co.", "group",
            "department", "dept", "office", "customer", "customers", "care", "marketing", "security", "operations",
            "ops", "finance", "accounts", "accounting", "payments", "newsletter", "news", "updates", "store", "shop",
            "foundation", "university", "bank", "hr", "it", "devops", "engineering", "platform", "mailer", "daemon",
            "postmaster", "webmaster", "test", "example", "sample", "demo", "user", "unknown", "anonymous", "guest",
            "null", "none", "n/a", "na", "tbd", "todo", "redacted", "hidden", "private", "default", "staff", "crew",
            "partners", "partner", "solutions", "technologies", "labs", "studio", "holdings", "industries");

    private PersonNameValue() {
    }

    /**
     * @param capitalized every word but particles must start with an upper-case letter (for keys that name other
     *                    things too, such as {@code name})
     * @param minWords    the least number of words ({@code 2} where a single word is more often a team's name)
     */
    static boolean isPlausible(String value, boolean capitalized, int minWords) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return false;
        }
        String[] words = trimmed.split("\\s+");
        if (words.length < minWords || words.length > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!NAME_WORD.matcher(word).matches() || NOT_PERSONAL.contains(lower)) {
                return false;
            }
            boolean particle = PARTICLES.contains(lower) && words.length > 1;
            if (capitalized && !particle && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return Character.isLetter(trimmed.codePointAt(0));
    }
}
