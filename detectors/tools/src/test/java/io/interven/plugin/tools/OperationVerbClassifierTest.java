package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.Verb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationVerbClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "create_issue, WRITE", "post_message, WRITE", "send_email, WRITE", "merge_pr, WRITE",
            "list_issues, READ", "get_repo, READ", "search_contacts, READ", "read_messages, READ",
            "delete_repo, DELETE",
    })
    void derivesTheVerbFromTheOperationName(String operation, Verb verb) {
        assertThat(OperationVerbClassifier.verbOf(operation)).isEqualTo(verb);
    }

    @Test
    void refusesNamesThatSayNothing() {
        assertThatThrownBy(() -> OperationVerbClassifier.verbOf("graphql")).hasMessageContaining("graphql");
        assertThatThrownBy(() -> OperationVerbClassifier.verbOf("create_")).hasMessageContaining("create_");
    }
}
