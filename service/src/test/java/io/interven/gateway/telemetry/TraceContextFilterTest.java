package io.interven.gateway.telemetry;

import static io.interven.gateway.telemetry.IncomingTraceHeadersTest.PARENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TraceContextFilterTest {
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();
    private final TraceContextFilter filter = new TraceContextFilter(new RequestTracing(sdk));
    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, String> answerHeaders = new LinkedHashMap<>();

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void theTraceIdIsInTheMdcWhileTheRequestRunsAndTheAnswerCarriesTheTraceparentFirst() throws Exception {
        Map<String, String> seen = new HashMap<>();
        filter.doFilter(request(Map.of("traceparent", List.of(PARENT))), response(200), (req, res) -> {
            seen.put("trace_id", MDC.get(TraceContextFilter.MDC_TRACE_ID));
            seen.put("span_id", MDC.get(TraceContextFilter.MDC_SPAN_ID));
            seen.put("header", answerHeaders.get("traceparent"));
            seen.put("current", RequestTrace.currentTraceId());
        });

        RequestTrace trace = (RequestTrace) attributes.get(RequestTrace.ATTRIBUTE);
        assertThat(seen).containsEntry("trace_id", "0af7651916cd43dd8448eb211c80319c")
                .containsEntry("span_id", trace.spanId()).containsEntry("header", trace.traceparent())
                .containsEntry("current", trace.traceId());
        assertThat(MDC.get(TraceContextFilter.MDC_TRACE_ID)).isNull();
        assertThat(MDC.get(TraceContextFilter.MDC_SPAN_ID)).isNull();
        assertThat(RequestTrace.currentTraceId()).isNull();
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getAttributes().get(AttributeKey.longKey(SpanAttributes.STATUS_CODE))).isEqualTo(200L);
    }

    @Test
    void aFailingRequestEndsItsSpanAsAnErrorAndLeavesNoMdc() {
        assertThatThrownBy(() -> filter.doFilter(request(Map.of()), response(200), (req, res) -> {
            throw new ServletException("boom");
        })).isInstanceOf(ServletException.class);

        assertThat(MDC.get(TraceContextFilter.MDC_TRACE_ID)).isNull();
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getAttributes().get(AttributeKey.longKey(SpanAttributes.STATUS_CODE))).isEqualTo(500L);
        assertThat(answerHeaders.get("traceparent")).contains(span.getTraceId()).contains(span.getSpanId());
    }

    private HttpServletRequest request(Map<String, List<String>> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> null;
                });
    }

    private HttpServletResponse response(int status) {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> answerHeaders.put((String) args[0], (String) args[1]);
                    case "getStatus" -> status;
                    default -> null;
                });
    }
}
