package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets in key/value attribute pairs, where the name and the value are two attributes of one element:
 * {@code <add key="FromEmailPassword" value="..."/>} (.NET appSettings),
 * {@code <property name="password" value="..."/>} (Spring, Ant, Hibernate), {@code <param name="apiKey" value="..."/>}.
 * The name must pass {@link SecretKeyName} and the value {@link GenericSecretValue}; under a password name a weak but
 * real password counts too, with {@link PasswordValue#WEAK_CONFIDENCE}. Reports {@code GENERIC_SECRET}. Keywords:
 * {@code value="} and its variants.
 */
final class KeyValueAttributeSecretRule extends JavaTextRule {
    static final String ID = "key-value-attribute-secret";
    private static final double CONFIDENCE = 0.65;
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?<![A-Za-z0-9_\\-])(?i:key|name)[ \\t]{0,4}=[ \\t]{0,4}([\"'])([A-Za-z][A-Za-z0-9_.:\\-]{0,63})\\1"
                    + "[ \\t\\r\\n]{1,32}(?i:value)[ \\t]{0,4}=[ \\t]{0,4}([\"'])([^\"'\\s]{6,512}+)\\3");
    /** Name attribute (80), blanks (32), value attribute (526). */
    private static final int MAX_LENGTH = 640;

    KeyValueAttributeSecretRule() {
        super(ID, List.of("value=\"", "value='", "value = \"", "value = '"), MAX_LENGTH);
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        Matcher m = TextSecretRule.matcherWithin(KEY_VALUE, text, from, to);
        while (m.find()) {
            String name = m.group(2);
            String value = m.group(4);
            double confidence = GenericSecretValue.isSecretUnder(name, value) ? CONFIDENCE
                    : SecretKeyName.announcesPassword(name) && !SecretKeyName.spellsName(name, value)
                    && PasswordValue.isWeakPassword(value, true)
                    ? PasswordValue.WEAK_CONFIDENCE : 0;
            if (confidence > 0) {
                matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), m.start(4), m.end(4),
                        confidence));
            }
        }
        return matches;
    }
}
