package io.interven.gateway.contract;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One scrape of a gateway's admin {@code /metrics}, in the Prometheus text format: each sample by its series as
 * written ({@code name{label="value",...}}).
 */
record Scrape(String text, String contentType, Map<String, Double> samples) {

    static Scrape of(GatewayHarness gateway) {
        HttpResult answer = gateway.getAdmin("/metrics");
        if (answer.status() != 200) {
            throw new IllegalStateException("metrics: " + answer.status() + " " + answer.text());
        }
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : answer.text().split("\n")) {
            int space = line.lastIndexOf(' ');
            if (line.isBlank() || line.startsWith("#") || space < 0) {
                continue;
            }
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new Scrape(answer.text(), answer.headers().firstValue("Content-Type").orElse(""), samples);
    }

    /** Scrapes until {@code done} holds (what is written in the background is counted later), 10 s at most. */
    static Scrape onceItHolds(GatewayHarness gateway, Predicate<Scrape> done) {
        return GatewayHarness.pollUntil(() -> of(gateway), done);
    }

    /** The sample's value; 0 when the series is not there (a labelled counter not yet counted). */
    double value(String series) {
        return samples.getOrDefault(series, 0.0);
    }

    boolean has(String series) {
        return samples.containsKey(series);
    }

    /** How much {@code series} grew since {@code before}. */
    double since(Scrape before, String series) {
        return value(series) - before.value(series);
    }
}
