package io.interven.plugin.signals.history;

import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.Locale;

/**
 * Which operations destroy or change who may do what: verb DELETE whatever the name ({@code github.delete_repo}),
 * an operation named like a removal ({@code remove_member}, {@code revoke_token}), or a writing operation of
 * administration ({@code update_permissions}, {@code add_collaborator}, {@code set_branch_protection}). A reading
 * operation ({@code list_members}) never is.
 */
final class DestructiveOperations {
    private DestructiveOperations() {
    }

    static boolean isDestructive(ToolMatch tool, BaselineSettings settings) {
        if (tool.verb() == Verb.DELETE) {
            return true;
        }
        if (tool.verb() == Verb.READ) {
            return false;
        }
        String operation = tool.operation().toLowerCase(Locale.ROOT);
        return settings.destructivePrefixes().stream().anyMatch(operation::startsWith)
                || settings.adminWords().stream().anyMatch(operation::contains);
    }
}
