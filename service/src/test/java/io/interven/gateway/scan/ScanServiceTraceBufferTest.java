package io.interven.gateway.scan;

import static io.interven.gateway.scan.ScanServiceFailClosedTest.CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.approval.ApprovalAnswer;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.auth.EphemeralGrant;
import io.interven.gateway.auth.EphemeralUses;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.PipelineFixture;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.trace.TracePlace;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceWriter;
import io.interven.spi.Finding;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A scan takes its trace's place before it decides anything: with no place free it answers 503 TRACE_BUFFER_FULL
 * having run nothing, counted no ephemeral use and consumed no approval; a scan refused on the way gives its place
 * back. Hand-written fakes stand in for the database.
 */
class ScanServiceTraceBufferTest {

    /** A buffer of {@code free} places; counts what was taken, recorded and given back. */
    static final class CountedPlaces extends TraceWriter {
        final List<TraceRecord> recorded = new ArrayList<>();
        final AtomicInteger givenBack = new AtomicInteger();
        private int free;

        CountedPlaces(int free) {
            super(null, 100, 10, 50);
            this.free = free;
        }

        @Override
        public Optional<TracePlace> reserve() {
            if (free == 0) {
                return Optional.empty();
            }
            free--;
            return Optional.of(new TracePlace(recorded::add, () -> {
                givenBack.incrementAndGet();
                free++;
            }));
        }
    }

    /** Counts the pipeline runs; every scan asks for approval. */
    static final class CountedPipeline extends ScanPipeline {
        final AtomicInteger runs = new AtomicInteger();
        private final ScanPipeline real = PipelineFixture.withDetectors();

        CountedPipeline() {
            super(null, null, null, null, null, null, null);
        }

        @Override
        public ScanOutcome scan(CallInput input) {
            runs.incrementAndGet();
            return real.scan(input).withDecision(Decision.REQUIRE_APPROVAL, List.of());
        }
    }

    /** Counts the approvals consumed. */
    static final class CountedApprovals extends ApprovalService {
        final AtomicInteger consumed = new AtomicInteger();

        CountedApprovals() {
            super(null, Duration.ofMinutes(15), Clock.systemUTC());
        }

        @Override
        public ApprovalAnswer settle(CallInput call, List<Finding> findings, UUID traceId,
                                     Supplier<String> summary) {
            consumed.incrementAndGet();
            return new ApprovalAnswer(UUID.randomUUID(), true);
        }
    }

    private static final EphemeralGrant ANY_TOOL = new EphemeralGrant(UUID.randomUUID(), Set.of(), Set.of(), false);

    @Test
    void withNoPlaceForItsTraceAScanAnswers503HavingDecidedNothing() {
        CountedPlaces places = new CountedPlaces(0);
        CountedPipeline pipeline = new CountedPipeline();
        CountedApprovals approvals = new CountedApprovals();
        AtomicInteger usesCounted = new AtomicInteger();
        EphemeralUses uses = (keyId, now) -> usesCounted.incrementAndGet() > 0;
        ScanService service = new ScanService(pipeline, approvals, new TraceRecordFactory(new ObjectMapper()),
                places, uses, System::currentTimeMillis);

        assertThatThrownBy(() -> service.scan(CALL, ANY_TOOL))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TRACE_BUFFER_FULL);
                    assertThat(e.code().status()).isEqualTo(503);
                });

        assertThat(pipeline.runs).hasValue(0);
        assertThat(usesCounted).hasValue(0);
        assertThat(approvals.consumed).hasValue(0);
        assertThat(places.recorded).isEmpty();
    }

    @Test
    void aScanThatIsAnsweredUsesItsPlaceForItsTrace() {
        CountedPlaces places = new CountedPlaces(1);
        CountedApprovals approvals = new CountedApprovals();
        ScanService service = new ScanService(new CountedPipeline(), approvals,
                new TraceRecordFactory(new ObjectMapper()), places, (keyId, now) -> true, System::currentTimeMillis);

        ScanOutcome outcome = service.scan(CALL, ANY_TOOL);

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(approvals.consumed).hasValue(1);
        assertThat(places.recorded).singleElement().satisfies(t -> assertThat(t.traceId()).isEqualTo(outcome.traceId()));
        assertThat(places.givenBack).hasValue(0);
        assertThat(places.reserve()).as("the place stays taken until the trace is written").isEmpty();
    }

    @Test
    void aScanRefusedBeforeItIsAnsweredGivesItsPlaceBack() {
        CountedPlaces places = new CountedPlaces(1);
        ScanService service = new ScanService(new CountedPipeline(), new CountedApprovals(),
                new TraceRecordFactory(new ObjectMapper()), places, (keyId, now) -> false, System::currentTimeMillis);

        assertThatThrownBy(() -> service.scan(CALL, ANY_TOOL))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));

        assertThat(places.recorded).isEmpty();
        assertThat(places.givenBack).hasValue(1);
        assertThat(places.reserve()).isPresent();
    }
}
