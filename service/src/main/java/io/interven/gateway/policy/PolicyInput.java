package io.interven.gateway.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.interven.gateway.config.RiskConfiguration;
import io.interven.spi.Verb;
import java.util.Set;

/**
 * Everything a policy rule may look at, for one call: the one policy input. Built by the scan pipeline's factory,
 * stored with the trace as one JSON document ({@link PolicyInputDocument}, property names as below) and read back
 * from it when a draft policy is simulated, so that a replay sees what the engine saw. Holds no raw value of the
 * call's data.
 *
 * <p>Any part may be absent except the verb, which every recognized or unknown call has: an absent text is null,
 * an absent set empty, an absent number zero, and an absent band the band of the score under the default
 * thresholds. A new fact is a new component here (with its property name and builder step), a value in the
 * pipeline's factory, a key of the rule language and cases of the decision specification.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyInput(@JsonProperty("tool") String toolName,
                          @JsonProperty("operation") String operation,
                          @JsonProperty("verb") Verb verb,
                          @JsonProperty("method") String method,
                          @JsonProperty("host") String host,
                          @JsonProperty("path") String path,
                          @JsonProperty("agent_id") String agentId,
                          @JsonProperty("agent_name") String agentName,
                          @JsonProperty("runtime_type") String runtimeType,
                          @JsonProperty("data_classes") Set<String> dataClasses,
                          @JsonProperty("entity_types") Set<String> entityTypes,
                          @JsonProperty("risk_score") double riskScore,
                          @JsonProperty("risk_band") RiskBand riskBand,
                          @JsonProperty("reason_codes") Set<String> reasonCodes,
                          @JsonProperty("signals") Set<String> signalIds,
                          @JsonProperty("body_bytes") int bodyBytes) {
    private static final RiskConfiguration DEFAULT_THRESHOLDS = new RiskConfiguration();

    public PolicyInput {
        if (verb == null) {
            throw new IllegalArgumentException("verb is required: every recognized or unknown call has one");
        }
        dataClasses = copyOf(dataClasses);
        entityTypes = copyOf(entityTypes);
        reasonCodes = copyOf(reasonCodes);
        signalIds = copyOf(signalIds);
        riskBand = riskBand != null ? riskBand : RiskBand.of(riskScore, DEFAULT_THRESHOLDS);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every part of this input, to derive another input from it. */
    public Builder toBuilder() {
        return new Builder().toolName(toolName).operation(operation).verb(verb).method(method).host(host).path(path)
                .agentId(agentId).agentName(agentName).runtimeType(runtimeType).dataClasses(dataClasses)
                .entityTypes(entityTypes).riskScore(riskScore).riskBand(riskBand).reasonCodes(reasonCodes)
                .signalIds(signalIds).bodyBytes(bodyBytes);
    }

    /**
     * An unmodifiable copy in alphabetical order: the input is stored with each trace and shown by the trace API, and
     * the same call must read the same there on every run ({@code Set.copyOf} iterates in a per-JVM order).
     */
    private static Set<String> copyOf(Set<String> values) {
        return values == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(values));
    }

    /** Builds a {@link PolicyInput} part by part; a part not set is absent (see the record). */
    public static final class Builder {
        private String toolName;
        private String operation;
        private Verb verb;
        private String method;
        private String host;
        private String path;
        private String agentId;
        private String agentName;
        private String runtimeType;
        private Set<String> dataClasses;
        private Set<String> entityTypes;
        private double riskScore;
        private RiskBand riskBand;
        private Set<String> reasonCodes;
        private Set<String> signalIds;
        private int bodyBytes;

        private Builder() {
        }

        public Builder toolName(String value) {
            toolName = value;
            return this;
        }

        public Builder operation(String value) {
            operation = value;
            return this;
        }

        public Builder verb(Verb value) {
            verb = value;
            return this;
        }

        public Builder method(String value) {
            method = value;
            return this;
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder path(String value) {
            path = value;
            return this;
        }

        public Builder agentId(String value) {
            agentId = value;
            return this;
        }

        public Builder agentName(String value) {
            agentName = value;
            return this;
        }

        public Builder runtimeType(String value) {
            runtimeType = value;
            return this;
        }

        public Builder dataClasses(Set<String> value) {
            dataClasses = value;
            return this;
        }

        public Builder entityTypes(Set<String> value) {
            entityTypes = value;
            return this;
        }

        public Builder riskScore(double value) {
            riskScore = value;
            return this;
        }

        public Builder riskBand(RiskBand value) {
            riskBand = value;
            return this;
        }

        public Builder reasonCodes(Set<String> value) {
            reasonCodes = value;
            return this;
        }

        public Builder signalIds(Set<String> value) {
            signalIds = value;
            return this;
        }

        public Builder bodyBytes(int value) {
            bodyBytes = value;
            return this;
        }

        public PolicyInput build() {
            return new PolicyInput(toolName, operation, verb, method, host, path, agentId, agentName, runtimeType,
                    dataClasses, entityTypes, riskScore, riskBand, reasonCodes, signalIds, bodyBytes);
        }
    }
}
