package io.interven.gateway.core.fields;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a JSON object that files a value under a name written beside it: {@code {"name": "DB_PASSWORD",
 * "value": "..."}} (Kubernetes env, HAR headers, chat embed and attachment fields), {@code {"Key": ..., "Value":
 * ...}} (cloud tags), {@code {"ParameterKey": ..., "ParameterValue": ...}}, {@code {"title": ..., "value": ...}}.
 * The value members of such an object are filed under the name's text instead of their own member name, so a key
 * rule reads {@code Aws Secret Access Key=<value>} as it would read {@code {"Aws Secret Access Key": "<value>"}}.
 *
 * <p>Member names are compared in lower case with {@code _}, {@code -} and spaces left out. A name member is one
 * of {@link #NAME_MEMBERS} whose value is a string of 1 to {@link #MAX_NAME_LENGTH} characters holding a letter;
 * a value member is one of {@link #VALUE_MEMBERS} or ends in {@code value}/{@code values}. Only members that say
 * nothing about their content are value members: {@code {"name": "github", "secret": "..."}} keeps its
 * {@code secret}, which says more than the name. With several name members the earliest of
 * {@link #NAME_MEMBERS} wins, whatever their order in the object.
 *
 * <p>A JSON-RPC call is a pair too: {@code {"method": "auth.login_with_api_key", "params": ["..."]}} names what its
 * parameters mean by its method, so the strings of {@code params} (the array's elements at any depth, or a string)
 * are filed under the method's text ({@link Finder#rpcName()}); the members of a {@code params} object keep their
 * own names. Only an object with both members reads so, and only when the method is one token of 1 to
 * {@link #MAX_NAME_LENGTH} characters holding a letter ({@code jsonrpc}, {@code id}, {@code msg} may be there or not).
 */
public final class NameValuePair {
    /** The longest name text that files a value; a longer text is prose or a value, not a name. */
    static final int MAX_NAME_LENGTH = 100;
    /** Name members, most telling first. */
    static final List<String> NAME_MEMBERS = List.of("name", "key", "parametername", "parameterkey", "optionname",
            "fieldname", "headername", "paramname", "variablename", "varname", "propertyname", "attributename",
            "settingname", "tagkey", "tagname", "keyname", "envname", "title", "label", "field", "header", "param",
            "parameter", "variable", "var", "property", "attribute", "setting", "option", "displayname");
    static final Set<String> VALUE_MEMBERS = Set.of("value", "values", "val", "content", "text", "data");
    /** Value members that also hold a document's body ({@code {"title": ..., "text": ...}} is a ticket or a post). */
    static final Set<String> BODY_MEMBERS = Set.of("content", "text", "data");
    /** Name members that also title a document: they name only a member called a value ({@code value}, {@code val}). */
    static final Set<String> HEADING_MEMBERS = Set.of("title", "label", "header", "displayname");
    private static final Set<String> NAMES = Set.copyOf(NAME_MEMBERS);
    private static final int LONGEST_MEMBER = 16;

    private NameValuePair() {
    }

    /** Whether {@code member} holds the parameters of a JSON-RPC call ({@link Finder#rpcName()}). */
    public static boolean isParamsMember(String member) {
        return member != null && member.equalsIgnoreCase("params");
    }

    /** Whether {@code text} reads as a JSON-RPC method name: one token, a letter in it, not too long. */
    static boolean isMethodName(String text) {
        return isName(text) && !LayerDecoder.containsWhitespace(text);
    }

    /** Whether {@code member} holds the value of a pair. */
    public static boolean isValueMember(String member) {
        return isValue(compact(member));
    }

    private static int rankOf(String compact) {
        return compact != null && NAMES.contains(compact) ? NAME_MEMBERS.indexOf(compact) : -1;
    }

    private static boolean isValue(String compact) {
        return compact != null && (VALUE_MEMBERS.contains(compact) || compact.endsWith("value")
                || compact.endsWith("values"));
    }

    /** Whether a name member's text can file a value: 1 to {@link #MAX_NAME_LENGTH} characters, one a letter. */
    static boolean isName(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The member name in lower case without {@code _ - } and spaces, or null when it is too long to be one. */
    private static String compact(String member) {
        if (member.isEmpty() || member.length() > LONGEST_MEMBER + 4) {
            return null;
        }
        boolean plain = true;
        for (int i = 0; i < member.length() && plain; i++) {
            char c = member.charAt(i);
            plain = c >= 'a' && c <= 'z';
        }
        if (plain) {
            return member;
        }
        StringBuilder out = new StringBuilder(member.length());
        for (int i = 0; i < member.length(); i++) {
            char c = member.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                out.append(c);
            }
        }
        return out.length() > LONGEST_MEMBER ? null : out.toString().toLowerCase(Locale.ROOT);
    }

    /** Collects the members of one object and answers the name its value members are filed under. */
    static final class Finder {
        private String name;
        private int rank = Integer.MAX_VALUE;
        private boolean hasValue;
        private boolean hasPlainValue;
        private String method;
        private boolean hasParams;

        /** One member of the object: its name, and its text when its value is a string (else null). */
        void member(String member, String text) {
            if (isParamsMember(member)) {
                hasParams = true;
            } else if (text != null && member.equals("method") && isMethodName(text)) {
                method = text;
            }
            String compact = compact(member);
            if (isValue(compact)) {
                hasValue = true;
                hasPlainValue |= !BODY_MEMBERS.contains(compact);
                return;
            }
            if (text == null) {
                return;
            }
            int r = rankOf(compact);
            if (r >= 0 && r < rank && isName(text)) {
                rank = r;
                name = text;
            }
        }

        /** The JSON-RPC method the {@code params} member is filed under, or null when the object is no call. */
        String rpcName() {
            return hasParams ? method : null;
        }

        /**
         * The name the value members are filed under, or null when the object is no pair. A heading ({@code title},
         * {@code label}) longer than a field label, beside a body ({@code text}, {@code content}, {@code data}) and
         * no value member, is a document, not a pair: {@code {"title": "Notes from the quarterly review", "text":
         * "..."}}; {@code {"label": "SSN", "text": "..."}} is a form field.
         */
        String name() {
            if (!hasValue || name == null) {
                return null;
            }
            boolean heading = HEADING_MEMBERS.contains(NAME_MEMBERS.get(rank));
            return heading && !hasPlainValue && !isShortLabel(name) ? null : name;
        }
    }

    /** The longest heading, in words and characters, that still labels a form field ({@code Date of Birth}). */
    static final int MAX_LABEL_WORDS = 4;
    static final int MAX_LABEL_LENGTH = 40;

    /** Whether {@code text} reads as a field's label rather than a document's title: a few words, no sentence end. */
    static boolean isShortLabel(String text) {
        if (text.length() > MAX_LABEL_LENGTH || text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = Character.isWhitespace(text.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words <= MAX_LABEL_WORDS;
    }
}
