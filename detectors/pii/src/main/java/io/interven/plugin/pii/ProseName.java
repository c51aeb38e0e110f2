package io.interven.plugin.pii;

import java.util.Locale;
import java.util.Set;

/**
 * A person's name written in prose right after a cue ({@link PersonNameInProseRecognizer}): capitalized words
 * ({@code Jane}, {@code O'Neil}, {@code Jean-Luc}, {@code Szöllösy}), initials ({@code M.}) between them, lower-case
 * particles ({@code van}, {@code de}) between them; single spaces apart. Never a word of {@link #NOT_A_NAME} or of
 * {@link PersonNameValue#NOT_PERSONAL} (teams, roles, greetings: {@code Dear Team}, {@code Dear Sir or Madam},
 * {@code Regards, The Acme Team}), never an acronym ({@code PR}, {@code AWS}), and never ending in an initial.
 */
final class ProseName {
    /** Capitalized words after a cue that address or sign as someone other than a named person. */
    static final Set<String> NOT_A_NAME = Set.of("sir", "sirs", "madam", "madame", "mesdames", "messieurs",
            "all", "everyone", "everybody", "colleague", "colleagues", "friend", "friends", "valued", "dear",
            "esteemed", "respected", "beloved", "member", "members", "client", "clients", "user", "users",
            "applicant", "applicants", "candidate", "candidates", "parent", "parents", "guardian", "guardians",
            "student", "students", "patient", "patients", "hiring", "manager", "managers", "recruiter", "recruiters",
            "committee", "board", "editor", "editors", "reviewer", "reviewers", "owner", "owners", "subscriber",
            "subscribers", "shareholder", "shareholders", "investor", "investors", "supporter", "supporters",
            "donor", "donors", "neighbor", "neighbors", "neighbour", "neighbours", "resident", "residents",
            "traveler", "travelers", "traveller", "travellers", "passenger", "passengers", "employee", "employees",
            "director", "officer", "head", "lead", "chair", "president", "ceo", "cto", "cfo", "admissions",
            "selection", "representative", "landlord", "tenant", "sponsor", "developer", "developers",
            "contributor", "contributors", "maintainer", "maintainers", "community", "folks", "gentlemen",
            "ladies", "people", "readers", "reader", "whom", "concern", "human",
            "resources", "recipient", "recipients", "holder", "account", "name", "first", "last", "full", "your",
            "my", "our", "his", "her", "their", "this", "that", "these", "those", "we", "you", "they", "he", "she",
            "i", "a", "an", "and", "or", "of", "for", "with", "from", "on", "in", "at", "by", "is", "was", "string",
            "str", "text", "integer", "int", "number", "boolean", "bool", "object", "array", "list", "type",
            "optional", "required", "value", "field", "example", "placeholder", "lorem", "ipsum", "foo", "bar",
            "baz", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "regards", "thanks", "cheers", "best", "sincerely", "hello", "hi", "hey", "good", "morning",
            "afternoon", "evening", "welcome", "congratulations", "happy", "new", "please", "thank",
            // programs and products that sign messages: GitHub Actions, Release Pipeline
            "actions", "action", "github", "gitlab", "bitbucket", "jira", "confluence", "slack", "notion",
            "zendesk", "stripe", "aws", "google", "microsoft", "azure", "cloud", "pipeline", "pipelines", "release",
            "releases", "deploy", "deployment", "deployments", "build", "builds", "ci", "automation", "automated",
            "workflow", "workflows", "monitor", "monitoring", "scheduler", "cron", "app", "api", "project",
            "product", "program", "programme", "portal", "console", "dashboard", "server", "cluster", "webhook");

    /** Words of an address that end a name written before it ({@code Mrs. Jennifer Alcaraz Suite 541}). */
    static final Set<String> ADDRESS_WORDS = Set.of("apt", "apartment", "suite", "ste", "unit", "flat", "floor",
            "room", "building", "bldg", "box", "po", "street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
            "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place", "pl", "square", "sq");

    private ProseName() {
    }

    /**
     * Where the name that starts at {@code start} ends: {@code minWords} to {@code maxWords} name words (particles
     * and initials between them do not count), or -1 when there is none. Stops before the first thing that is not
     * part of a name (punctuation, a lower-case word, a line break).
     */
    static int end(String text, int start, int minWords, int maxWords) {
        int n = text.length();
        int at = start;
        int words = 0;
        int end = -1;
        while (at < n) {
            int wordEnd = wordEnd(text, at);
            if (wordEnd < 0) {
                break;
            }
            String word = text.substring(at, wordEnd);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean initial = isInitial(word);
            boolean particle = words > 0 && PersonNameValue.PARTICLES.contains(word);
            if (ADDRESS_WORDS.contains(lower)) {
                break;
            }
            if (!initial && !particle) {
                if (!isNameWord(word) || NOT_A_NAME.contains(lower) || PersonNameValue.NOT_PERSONAL.contains(lower)
                        || words == maxWords) {
                    if (!isNameWord(word) || words == maxWords) {
                        break;
                    }
                    return -1; // a role or team word among the words: not a person's name
                }
                words++;
                end = wordEnd;
            }
            if (wordEnd < n && text.charAt(wordEnd) == ' ' && wordEnd + 1 < n && text.charAt(wordEnd + 1) != ' ') {
                at = wordEnd + 1;
            } else {
                break;
            }
        }
        return words >= minWords && end > 0 ? end : -1;
    }

    /** A capitalized word of letters, apostrophes and inner hyphens, not an acronym of two or more capitals. */
    static boolean isNameWord(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        boolean lowerSeen = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                lowerSeen = true;
            } else if (!(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\''
                    || c == '’' || c == '-')) {
                return false;
            }
        }
        return lowerSeen;
    }

    /** {@code M.}, or a capital alone ({@code Martim A Pereira}). */
    private static boolean isInitial(String word) {
        return Character.isUpperCase(word.charAt(0))
                && (word.length() == 2 && word.charAt(1) == '.' || word.length() == 1);
    }

    /**
     * The end of the word at {@code at}: letters, marks, apostrophes and hyphens, or an initial ({@code M.}); -1
     * when no letter stands there.
     */
    private static int wordEnd(String text, int at) {
        int n = text.length();
        if (at >= n || !Character.isLetter(text.charAt(at))) {
            return -1;
        }
        if (at + 1 < n && text.charAt(at + 1) == '.' && Character.isUpperCase(text.charAt(at))
                && (at + 2 >= n || !Character.isLetter(text.charAt(at + 2)))) {
            return at + 2;
        }
        int i = at + 1;
        while (i < n) {
            char c = text.charAt(i);
            boolean inner = (c == '\'' || c == '’' || c == '-') && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1));
            if (!(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || inner)) {
                break;
            }
            i++;
        }
        return i;
    }
}
