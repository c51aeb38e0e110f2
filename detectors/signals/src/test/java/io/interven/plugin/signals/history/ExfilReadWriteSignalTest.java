package io.interven.plugin.signals.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.AgentHistory;
import io.interven.spi.AgentRef;
import io.interven.spi.ComparableValues;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.PastCall;
import io.interven.spi.ReasonCodes;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExfilReadWriteSignalTest {
    private static final String CARD = "4111 1111 1111 1111";
    private static final UUID READ_TRACE = UUID.fromString("0b7c3f52-3f0e-4a8e-9a51-8d2f4b6c1e01");
    private static final PastCall CRM_READ = new PastCall(Instant.parse("2026-03-04T09:00:00Z"), "hubspot",
            "get_contact", "api.hubapi.com", Verb.READ, READ_TRACE);
    private static final String NOTE = "Customer asked   to cancel the renewal before March";

    private final ExfilReadWriteSignal signal = new ExfilReadWriteSignal();

    private static KnownHistory readTheCard() {
        return new KnownHistory(true, 5, Instant.parse("2026-03-01T00:00:00Z"))
                .read(ComparableValues.ofValue("4111111111111111").orElseThrow(), CRM_READ);
    }

    private Optional<SignalResult> post(AgentHistory history, Verb verb, String text) {
        ScanField field = new ScanField("$.text", FieldLocation.BODY, "text", text);
        int start = text.indexOf(CARD);
        List<Finding> findings = start < 0 ? List.of() : List.of(field.finding("CREDIT_CARD", "PII", start,
                start + CARD.length(), 0.99, "card"));
        return signal.evaluate(new SignalContext(OutboundCall.of("POST", "https://hooks.slack.com/services/T/B/x",
                Map.of()), new ToolMatch("slack", "post_message", verb), findings,
                new AgentRef("5a0a3a9e-8f5e-4c1e-9a38-6c3f3f3f3f3f", "agent", null)).withHistory(history)
                .withFields(List.of(field)));
    }

    @Test
    void aCardReadEarlierAndWrittenNowFiresNamingTheReadTraceNotTheValue() {
        SignalResult result = post(readTheCard(), Verb.WRITE, "card: " + CARD).orElseThrow();

        assertThat(result.reasonCode()).isEqualTo(ReasonCodes.EXFIL_READ_WRITE);
        assertThat(result.weight()).isEqualTo(0.7);
        assertThat(result.detail()).contains("CREDIT_CARD read in trace " + READ_TRACE, "hubspot.get_contact",
                "hooks.slack.com").doesNotContain("4111", "1111");
    }

    @Test
    void aValueNeverReadOrAReadingCallDoesNotFire() {
        assertThat(post(new KnownHistory(true, 5, Instant.EPOCH), Verb.WRITE, "card: " + CARD)).isEmpty();
        assertThat(post(readTheCard(), Verb.READ, "card: " + CARD)).isEmpty();
        assertThat(post(AgentHistory.none(), Verb.WRITE, "card: " + CARD)).isEmpty();
    }

    @Test
    void aLongTextFieldReadEarlierFiresAsATextFragmentWhateverItsSpacingAndCase() {
        KnownHistory history = new KnownHistory(true, 5, Instant.EPOCH)
                .read(ComparableValues.ofFragment(NOTE).orElseThrow(), CRM_READ);

        SignalResult result = post(history, Verb.WRITE, "  CUSTOMER asked to cancel\nthe renewal before March ")
                .orElseThrow();

        assertThat(result.detail()).contains("text fragment read in trace " + READ_TRACE).doesNotContain("renewal");
    }

    @Test
    void theSameValueSpelledOtherwiseIsTheSameValue() {
        assertThat(ComparableValues.ofValue("4111-1111-1111-1111"))
                .isEqualTo(ComparableValues.ofValue("4111111111111111"));
        assertThat(ComparableValues.ofValue("12345")).as("too short to compare").isEmpty();
        assertThat(ComparableValues.ofFragment("short text")).isEmpty();
    }
}
