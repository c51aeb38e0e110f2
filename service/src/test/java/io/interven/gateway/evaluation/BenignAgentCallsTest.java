package io.interven.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.BuiltinPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No secret in the calls agents make every day that hold random-looking values which are no secrets
 * (corpus/benign-agent-calls.jsonl, written by scripts/benign-agent-calls.py): CSRF, continuation, captcha and client
 * tokens under their names, lock files, digests, public keys, certificates, signed URLs, ids, and numbers that are no
 * PII. Each call is answered with the classes it holds and no other: none, or PII for an e-mail address.
 */
class BenignAgentCallsTest {
    static final Path CALLS = PublicRuleExamplesRecallTest.CORPUS_DIR.resolve("benign-agent-calls.jsonl");

    @Test
    void noBenignCallOfAnAgentIsAnsweredWithASecretOrWithPiiItDoesNotHold() throws IOException {
        assertThat(Files.exists(CALLS)).as("the calls at " + CALLS.toAbsolutePath()).isTrue();
        List<CorpusCase> cases = new CorpusReader().read(CALLS);
        assertThat(cases).hasSizeGreaterThan(250);
        CorpusEvaluator evaluator = new CorpusEvaluator(BuiltinPipeline.get());
        List<String> wrong = new ArrayList<>();
        for (CorpusCase c : cases) {
            CaseOutcome outcome = evaluator.outcomeOf(c);
            if (!outcome.classes().equals(c.expectedClasses())) {
                wrong.add(c.id() + " " + outcome.classes() + " " + outcome.entityTypes());
            }
        }
        assertThat(wrong).as("calls answered with classes they do not hold").isEmpty();
    }
}
