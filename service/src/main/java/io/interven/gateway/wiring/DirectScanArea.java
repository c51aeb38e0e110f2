package io.interven.gateway.wiring;

import io.interven.gateway.auth.AuthenticationMemo;
import io.interven.gateway.errors.ErrorAnswers;
import io.interven.gateway.resources.DirectScanFilter;
import io.interven.gateway.resources.RateLimitFilter;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

/**
 * {@code POST /v1/scan} answered in front of Jersey ({@link DirectScanFilter}) by the same parts Jersey's filters
 * and resource use, unless the configuration's {@code directScan} is false. Mapped after the trace-context filter,
 * so that its answers carry the caller's trace as every other answer does.
 */
public final class DirectScanArea {
    private DirectScanArea() {
    }

    public static void wire(Foundation base, ErrorAnswers errors, AuthenticationMemo authentication,
                            RateLimitFilter limits, ScanArea scan) {
        if (!base.config().directScan) {
            return;
        }
        base.environment().servlets()
                .addFilter("direct-scan", new DirectScanFilter(authentication, limits, scan.endpoint(), errors,
                        base.mapper(), base.metrics().directScans()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/v1/scan");
    }
}
