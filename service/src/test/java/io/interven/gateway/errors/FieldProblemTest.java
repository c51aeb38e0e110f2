package io.interven.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldProblemTest {

    @Test
    void aFieldNamedWithATokenIsAnsweredMasked() {
        assertThat(new FieldProblem("headers.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", "must be a string").field())
                .isEqualTo("headers.[REDACTED]");
        assertThat(new FieldProblem("body.AKIAZ7QW3RT5YU2IOP4K.x", "p").field()).isEqualTo("body.[REDACTED].x");
    }

    @Test
    void plainFieldNamesStayAsWritten() {
        for (String field : new String[] {"headers.X-Api-Key", "policy.rules[0].action", "since",
                "scope.allowed_hosts[3]", "traces.3f2a9c1b-0d4e-4f6a-9b8c-7d6e5f4a3b2c", "credential.value"}) {
            assertThat(new FieldProblem(field, "p").field()).isEqualTo(field);
        }
    }
}
