package io.interven.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyInputDocument;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.Verb;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy input as a trace stores it: as is when it fits, else bounded and cleaned, and always readable. */
class StoredPolicyInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PolicyInput.Builder call() {
        return PolicyInput.builder().toolName("slack").operation("post_message").verb(Verb.WRITE).method("POST")
                .host("hooks.slack.com").path("/services/T1/B1/x").agentId("agent-1").agentName("bot")
                .riskScore(0.25).riskBand(RiskBand.LOW).dataClasses(Set.of("PII"))
                .entityTypes(Set.of("EMAIL_ADDRESS", "PHONE_NUMBER")).reasonCodes(Set.of("PII")).bodyBytes(120);
    }

    @Test
    void anInputThatFitsIsStoredAsIs() {
        PolicyInput input = call().build();

        assertThat(PolicyInputDocument.read(StoredPolicyInput.document(input))).isEqualTo(input);
    }

    @Test
    void listsAreStoredSortedSoThatTheSameInputIsTheSameDocument() throws Exception {
        JsonNode stored = JSON.readTree(StoredPolicyInput.document(call().build()));

        assertThat(stored.path("entity_types").toString()).isEqualTo("[\"EMAIL_ADDRESS\",\"PHONE_NUMBER\"]");
    }

    @Test
    void longTextsAreCutAndControlCharactersAndLoneSurrogatesReplaced() throws Exception {
        PolicyInput input = call().host("h".repeat(5000)).agentName("bot\u0000\ud800 \uD83D\uDE00")
                .entityTypes(Set.of("T".repeat(3000))).build();

        String document = StoredPolicyInput.document(input);
        PolicyInput read = PolicyInputDocument.read(document);

        assertThat(read.host()).hasSize(StoredPolicyInput.MAX_TEXT).endsWith("\u2026");
        assertThat(read.agentName()).isEqualTo("bot\uFFFD\uFFFD \uD83D\uDE00");
        assertThat(read.entityTypes()).singleElement().satisfies(t -> assertThat(t).hasSize(StoredPolicyInput.MAX_TEXT));
        assertThat(document).doesNotContain("\\u0000");
        assertThat(read.path()).isEqualTo(input.path());
    }

    @Test
    void theDocumentIsTheOneTheInputsTreeGivesBoundedPartByPart() {
        Random random = new Random(20261205);
        for (int i = 0; i < 500; i++) {
            PolicyInput input = PolicyInput.builder().toolName(text(random)).operation(text(random)).verb(Verb.WRITE)
                    .method(text(random)).host(text(random)).path(text(random)).agentId(text(random))
                    .agentName(text(random)).runtimeType(text(random)).riskScore(random.nextDouble())
                    .dataClasses(texts(random)).entityTypes(texts(random)).reasonCodes(texts(random))
                    .signalIds(texts(random)).bodyBytes(random.nextInt(1 << 20)).build();

            assertThat(StoredPolicyInput.document(input)).isEqualTo(treeDocument(input));
        }
    }

    /** What the document was written as before it was written in one pass: the input's tree, bounded part by part. */
    private static String treeDocument(PolicyInput input) {
        ObjectNode tree = PolicyInputDocument.tree(input);
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            tree.set(name, treeStored(tree.get(name)));
        }
        return tree.toString();
    }

    private static JsonNode treeStored(JsonNode value) {
        if (value.isTextual()) {
            return JsonNodeFactory.instance.textNode(StoredText.bounded(value.asText(), StoredPolicyInput.MAX_TEXT));
        }
        if (!value.isArray()) {
            return value;
        }
        List<JsonNode> items = new ArrayList<>();
        value.elements().forEachRemaining(item -> items.add(treeStored(item)));
        items.sort(Comparator.comparing(JsonNode::asText));
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        items.stream().limit(StoredPolicyInput.MAX_VALUES).forEach(kept::add);
        return kept;
    }

    private static String text(Random random) {
        int kind = random.nextInt(8);
        if (kind == 0) {
            return null;
        }
        int length = kind == 1 ? StoredPolicyInput.MAX_TEXT - 2 + random.nextInt(5) : random.nextInt(40);
        StringBuilder text = new StringBuilder();
        String alphabet = "ab_Z09 \"\\\u0000\u001f\u007f\u00e9\u2028\ud83d\ude00\ud800\udc00";
        for (int c = 0; c < length; c++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static Set<String> texts(Random random) {
        int size = random.nextInt(10) == 0 ? StoredPolicyInput.MAX_VALUES + random.nextInt(5) - 2 : random.nextInt(6);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String text = text(random);
            texts.add(text == null ? "" : text + i);
        }
        return texts;
    }

    @Test
    void aListKeepsItsFirstValuesInOrder() {
        Set<String> many = new HashSet<>();
        for (int i = 0; i < StoredPolicyInput.MAX_VALUES + 50; i++) {
            many.add(String.format("SIGNAL_%05d", i));
        }

        PolicyInput read = PolicyInputDocument.read(StoredPolicyInput.document(call().signalIds(many).build()));

        assertThat(read.signalIds()).hasSize(StoredPolicyInput.MAX_VALUES).contains("SIGNAL_00000")
                .doesNotContain(String.format("SIGNAL_%05d", StoredPolicyInput.MAX_VALUES));
    }
}
