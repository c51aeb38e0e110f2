package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiSensitivityTest {

    private static Detector declaring(Map<String, String> sensitivity) {
        return new Detector() {
            @Override
            public String id() {
                return "declaring";
            }

            @Override
            public List<Finding> detect(ScanField field) {
                return List.of();
            }

            @Override
            public Map<String, String> sensitivityOfEntityTypes() {
                return sensitivity;
            }
        };
    }

    @Test
    void declarationsOfDetectorsDecideOnTopOfTheGatewaysList() {
        List<String> sensitive = PiiSensitivity.sensitiveTypes(List.of(
                declaring(Map.of("EMPLOYEE_ID", "sensitive", "US_ITIN", "contact", "PHONE_NUMBER", "loud")),
                declaring(Map.of("BADGE_NUMBER", "contact"))));

        assertThat(sensitive).contains("EMPLOYEE_ID", "CREDIT_CARD", "US_SSN")
                .doesNotContain("US_ITIN", "BADGE_NUMBER", "PHONE_NUMBER");
    }

    @Test
    void sensitiveWinsWhenTwoDetectorsDisagree() {
        assertThat(PiiSensitivity.sensitiveTypes(List.of(declaring(Map.of("X_ID", "contact")),
                declaring(Map.of("X_ID", "sensitive"))))).contains("X_ID");
    }

    @Test
    void theDefaultPolicyUsesTheDeclaredTypes() {
        Policy policy = BuiltinDefaultPolicy.create(PiiSensitivity.sensitiveTypes(List.of(
                declaring(Map.of("EMPLOYEE_ID", "sensitive")))));

        assertThat(policy.rules().stream().filter(r -> r.ruleId().equals("sensitive-pii-to-external-sanitize"))
                .findFirst().orElseThrow().condition().hasEntityType()).contains("EMPLOYEE_ID", "CREDIT_CARD");
    }
}
