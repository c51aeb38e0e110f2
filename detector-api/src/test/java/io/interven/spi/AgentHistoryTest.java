package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The history that knows nothing, the questions signals ask of a history, and the hashes it answers with. */
class AgentHistoryTest {
    static final String VALUE = "jane.doe@example.com";
    static final PastCall READ_CRM = new PastCall(Instant.parse("2026-01-05T10:00:00Z"), "salesforce", "get_contact",
            "acme.my.salesforce.com", Verb.READ);

    @Test
    void noHistoryAnswersThatNothingIsKnown() {
        AgentHistory none = AgentHistory.none();
        Duration day = Duration.ofDays(1);

        assertThat(none.recentCalls(CallQuery.any(), day, 10)).isEmpty();
        assertThat(none.countCalls(CallQuery.any().withVerb(Verb.WRITE), day)).isZero();
        assertThat(none.firstUseOf("github", "create_pr")).isEmpty();
        assertThat(none.firstCallTo("api.github.com")).isEmpty();
        assertThat(none.callsThatRead(none.keyedHash(VALUE), day)).isEmpty();
    }

    @Test
    void itsHashesAreKeyedStableAndNeverTheValueOrItsPlainDigest() throws Exception {
        ValueHash hash = AgentHistory.none().keyedHash(VALUE);
        String plainDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(VALUE.getBytes(StandardCharsets.UTF_8)));

        assertThat(hash).isEqualTo(AgentHistory.none().keyedHash(VALUE));
        assertThat(hash).isNotEqualTo(AgentHistory.none().keyedHash(VALUE + "x"));
        assertThat(hash.hex()).hasSize(64).doesNotContain("jane").isNotEqualTo(plainDigest);
    }

    @Test
    void aValueHashIsSixtyFourHexDigits() {
        assertThat(new ValueHash("AB".repeat(32)).hex()).isEqualTo("ab".repeat(32));
        assertThatThrownBy(() -> new ValueHash(VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(VALUE);
        for (String wrong : new String[] {"a".repeat(63), "a".repeat(65), "g" + "a".repeat(63),
            "\u0663" + "a".repeat(63), "a".repeat(63) + "\n", "\uff41".repeat(64)}) {
            assertThatThrownBy(() -> new ValueHash(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aQueryMatchesTheCallsMeetingEveryCriterion() {
        assertThat(CallQuery.any().matches(READ_CRM)).isTrue();
        assertThat(CallQuery.any().withTool("salesforce").withVerb(Verb.READ).matches(READ_CRM)).isTrue();
        assertThat(CallQuery.any().withHost("ACME.my.salesforce.com.").matches(READ_CRM)).isTrue();
        assertThat(CallQuery.any().withTool("salesforce").withOperation("update_contact").matches(READ_CRM))
                .isFalse();
        assertThat(CallQuery.any().withVerb(Verb.WRITE).matches(READ_CRM)).isFalse();
        assertThat(CallQuery.any().withTool("github")).isEqualTo(CallQuery.any().withTool("github"));
        assertThat(CallQuery.any().withHost("a.example").host()).contains("a.example");
    }
}
