package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese, Japanese, Korean and Thai write numbers right against their words, with no space: a card, phone number or
 * SSN written so in a call is found through the whole pipeline and is not in what the call may forward.
 */
class NumbersAgainstUnspacedWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "我的信用卡是4539148803436467，请扣款 | 4539148803436467 | CREDIT_CARD",
            "カード番号4539148803436467で支払います | 4539148803436467 | CREDIT_CARD",
            "카드번호4539148803436467입니다 | 4539148803436467 | CREDIT_CARD",
            "บัตรเครดิต4539148803436467ครับ | 4539148803436467 | CREDIT_CARD",
            "客户电话+16467813391，明天回电 | +16467813391 | PHONE_NUMBER",
            "申请人SSN:536-22-8714已核实 | 536-22-8714 | US_SSN",
    })
    void theNumberIsFoundAndNotForwarded(String text, String value, String entityType) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(text));

        assertThat(outcome.findings()).extracting(Finding::entityType).contains(entityType);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.sanitized().body().get("text").asText()).doesNotContain(value)
                .contains("[REDACTED:" + entityType + "]");
    }
}
