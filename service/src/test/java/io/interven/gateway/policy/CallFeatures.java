package io.interven.gateway.policy;

import io.interven.spi.Verb;
import java.util.Set;
import java.util.function.UnaryOperator;

/** {@link PolicyInput} for policy tests: a benign write to Slack, changed one aspect at a time. */
record CallFeatures(PolicyInput input) {
    static CallFeatures slackPost() {
        return new CallFeatures(PolicyInput.builder().toolName("slack").operation("op").verb(Verb.WRITE)
                .method("POST").host("api.example.com").path("/x").agentId("agent-1").agentName("bot")
                .runtimeType("langchain").riskBand(RiskBand.LOW).bodyBytes(10).build());
    }

    CallFeatures entities(String... types) {
        return with(b -> b.entityTypes(Set.of(types)));
    }

    CallFeatures tool(String name) {
        return with(b -> b.toolName(name));
    }

    CallFeatures verb(Verb value) {
        return with(b -> b.verb(value));
    }

    CallFeatures found(String... classes) {
        return with(b -> b.dataClasses(Set.of(classes)));
    }

    CallFeatures band(RiskBand value) {
        return with(b -> b.riskBand(value));
    }

    CallFeatures reasons(String... codes) {
        return with(b -> b.reasonCodes(Set.of(codes)));
    }

    PolicyInput build() {
        return input;
    }

    private CallFeatures with(UnaryOperator<PolicyInput.Builder> change) {
        return new CallFeatures(change.apply(input.toBuilder()).build());
    }
}
