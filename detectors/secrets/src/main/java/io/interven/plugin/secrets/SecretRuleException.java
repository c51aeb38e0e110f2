package io.interven.plugin.secrets;

/** A rule file that cannot be used. The message names the file and, when known, the rule. */
final class SecretRuleException extends IllegalStateException {
    SecretRuleException(String sourceFile, String ruleId, String problem) {
        super(sourceFile + (ruleId == null ? "" : " rule '" + ruleId + "'") + ": " + problem);
    }

    SecretRuleException(String sourceFile, String ruleId, String problem, Throwable cause) {
        super(sourceFile + (ruleId == null ? "" : " rule '" + ruleId + "'") + ": " + problem, cause);
    }
}
