package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * EXTERNAL_PRINCIPAL over real HTTP: a mail that carries sensitive PII to someone outside the tenant's organisation
 * is sanitized with its recipients kept, the tenant's own e-mail domains (tenant settings) make the same mail
 * internal, and one tenant's settings never apply to another. Run once per database.
 */
abstract class ExternalPrincipalContract extends GatewayContract {
    static final String CUSTOMER = "ana.customer@gmail.com";
    static final String SENDER = "support@acme-corp.example";
    static final String SSN = "536-22-8741";
    static final String CARD = "4111 1111 1111 1111";
    static final String SENDGRID = "https://api.sendgrid.com/v3/mail/send";

    static Map<String, Object> sendgridMail(String recipient, String recipientName, String text) {
        return Map.of("method", "POST", "url", SENDGRID,
                "headers", Map.of("Content-Type", "application/json"),
                "body", Map.of(
                        "personalizations", List.of(Map.of("to", List.of(Map.of("email", recipient,
                                "name", recipientName)))),
                        "from", Map.of("email", SENDER),
                        "subject", "Your account",
                        "content", List.of(Map.of("type", "text/plain", "value", text))));
    }

    static String sensitiveText() {
        return "Hello Ana, the SSN on file is " + SSN + " and the card is " + CARD + ".";
    }

    private static List<String> reasons(JsonNode answer) {
        List<String> reasons = new ArrayList<>();
        answer.get("reason_codes").forEach(code -> reasons.add(code.asText()));
        return reasons;
    }

    @Test
    void sensitivePiiMailedToACustomerIsSanitizedAndTheRecipientKept() {
        TenantFixture tenant = newTenant();

        HttpResult answer = tenant.scan(sendgridMail(CUSTOMER, "Ana", sensitiveText()));

        JsonNode json = answer.json();
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(json.get("decision").asText()).as(answer.text()).isEqualTo("SANITIZE");
        assertThat(reasons(json)).contains("PII", "EXTERNAL_PRINCIPAL");
        assertThat(json.get("rule_id").asText()).isEqualTo("sensitive-pii-to-external-sanitize");
        JsonNode signal = json.get("signals").get(0);
        assertThat(json.get("signals").toString()).contains("EXTERNAL_PRINCIPAL").doesNotContain("gmail")
                .doesNotContain(CUSTOMER);
        assertThat(signal).isNotNull();
        JsonNode body = json.get("sanitized_body");
        assertThat(body.at("/personalizations/0/to/0/email").asText()).isEqualTo(CUSTOMER);
        assertThat(body.at("/from/email").asText()).isEqualTo(SENDER);
        String text = body.at("/content/0/value").asText();
        assertThat(text).doesNotContain(SSN).doesNotContain(CARD).contains("[REDACTED:US_SSN]")
                .contains("[REDACTED:CREDIT_CARD]").startsWith("Hello Ana");
        assertThat(principalFlags(json)).containsEntry("$.personalizations[0].to[0].email", true)
                .containsEntry("$.content[0].value", false);
    }

    @Test
    void contentInARecipientsOtherFieldsIsStillRedacted() {
        TenantFixture tenant = newTenant();

        JsonNode json = tenant.scan(sendgridMail(CUSTOMER, "Ana card " + CARD, sensitiveText())).json();

        assertThat(json.get("decision").asText()).isEqualTo("SANITIZE");
        JsonNode body = json.get("sanitized_body");
        assertThat(body.at("/personalizations/0/to/0/name").asText()).doesNotContain(CARD)
                .contains("[REDACTED:CREDIT_CARD]");
        assertThat(body.at("/personalizations/0/to/0/email").asText()).isEqualTo(CUSTOMER);
        assertThat(principalFlags(json)).containsEntry("$.personalizations[0].to[0].name", false);
    }

    @Test
    void anAddressOfAnotherRecipientInTheTextIsContent() {
        TenantFixture tenant = newTenant();

        JsonNode json = tenant.scan(sendgridMail(CUSTOMER, "Ana",
                sensitiveText() + " Forward to eve@evil.example, or to " + CUSTOMER)).json();

        String text = json.get("sanitized_body").at("/content/0/value").asText();
        assertThat(text).doesNotContain("eve@evil.example").doesNotContain(CUSTOMER);
        assertThat(json.get("sanitized_body").at("/personalizations/0/to/0/email").asText()).isEqualTo(CUSTOMER);
    }

    @Test
    void theTenantsOwnDomainMakesTheRecipientInternal() {
        TenantFixture tenant = newTenant();
        String colleague = "bo@acme-corp.example";
        JsonNode before = tenant.scan(sendgridMail(colleague, "Bo", "Call me on +1 415 555 0132.")).json();
        assertThat(reasons(before)).as("no settings: every principal is outside").contains("EXTERNAL_PRINCIPAL");

        OwnPrincipalsApi.setEmailDomains(tenant, "ACME-Corp.example.");

        JsonNode contact = tenant.scan(sendgridMail(colleague, "Bo", "Call me on +1 415 555 0132.")).json();
        assertThat(reasons(contact)).doesNotContain("EXTERNAL_PRINCIPAL");
        assertThat(contact.get("decision").asText()).isEqualTo("ALLOW");
        JsonNode sensitive = tenant.scan(sendgridMail("ana@eu.acme-corp.example", "Ana", sensitiveText())).json();
        assertThat(reasons(sensitive)).as("a sub-domain of an own domain").doesNotContain("EXTERNAL_PRINCIPAL");
        assertThat(sensitive.get("decision").asText()).isEqualTo("ALLOW");
        JsonNode outside = tenant.scan(sendgridMail(CUSTOMER, "Ana", sensitiveText())).json();
        assertThat(outside.get("decision").asText()).isEqualTo("SANITIZE");
    }

    @Test
    void anotherTenantsSettingsNeverApply() {
        TenantFixture ours = newTenant();
        TenantFixture theirs = newTenant();
        OwnPrincipalsApi.setEmailDomains(theirs, "gmail.com");

        JsonNode mine = ours.scan(sendgridMail(CUSTOMER, "Ana", sensitiveText())).json();
        JsonNode their = theirs.scan(sendgridMail(CUSTOMER, "Ana", sensitiveText())).json();

        assertThat(reasons(mine)).contains("EXTERNAL_PRINCIPAL");
        assertThat(mine.get("decision").asText()).isEqualTo("SANITIZE");
        assertThat(reasons(their)).doesNotContain("EXTERNAL_PRINCIPAL");
        assertThat(their.get("decision").asText()).isEqualTo("ALLOW");
    }

    @Test
    void aGmailRawMessageKeepsItsRecipientsAndLosesItsSsn() {
        TenantFixture tenant = newTenant();
        String message = "From: " + SENDER + "\r\nTo: Ana <" + CUSTOMER + ">\r\nSubject: account\r\n\r\n"
                + "Your SSN is " + SSN + ".\r\n";
        String raw = Base64.getUrlEncoder().encodeToString(message.getBytes(StandardCharsets.UTF_8));

        JsonNode json = tenant.scan(Map.of("method", "POST",
                "url", "https://gmail.googleapis.com/gmail/v1/users/me/messages/send",
                "headers", Map.of("Content-Type", "application/json"), "body", Map.of("raw", raw))).json();

        assertThat(json.get("decision").asText()).as(json.toString()).isEqualTo("SANITIZE");
        assertThat(reasons(json)).contains("EXTERNAL_PRINCIPAL");
        String sent = json.get("sanitized_body").get("raw").asText();
        String decoded = new String(Base64.getUrlDecoder().decode(sent), StandardCharsets.UTF_8);
        assertThat(decoded).contains("To: Ana <" + CUSTOMER + ">").doesNotContain(SSN);
    }

    @Test
    void settingsShowNormalizedListsAndReplaceOnlyTheNamedOnes() {
        TenantFixture tenant = newTenant();

        HttpResult set = OwnPrincipalsApi.patch(tenant, Map.of("email_domains", List.of("Bücher.Example.",
                "acme.com", "ACME.com"), "github_orgs", List.of("Acme-Corp"), "slack_workspaces", List.of("T0123ABCD"),
                "jira_sites", List.of("acme"), "domains", List.of("acme.zendesk.com")));
        HttpResult replaced = OwnPrincipalsApi.patch(tenant, Map.of("github_orgs", List.of("acme-labs")));

        assertThat(set.status()).as(set.text()).isEqualTo(200);
        JsonNode own = gateway().get(TenantSettingsApi.path(tenant.tenantId()), tenant.key()).json()
                .get("own_principals");
        assertThat(replaced.json().get("own_principals")).isEqualTo(own);
        assertThat(own.get("email_domains").toString()).isEqualTo("[\"acme.com\",\"xn--bcher-kva.example\"]");
        assertThat(own.get("github_orgs").toString()).isEqualTo("[\"acme-labs\"]");
        assertThat(own.get("slack_workspaces").toString()).isEqualTo("[\"t0123abcd\"]");
        assertThat(own.get("jira_sites").toString()).isEqualTo("[\"acme.atlassian.net\"]");
        assertThat(own.get("domains").toString()).isEqualTo("[\"acme.zendesk.com\"]");

        HttpResult cleared = OwnPrincipalsApi.patch(tenant, null);
        assertThat(cleared.json().get("own_principals").get("email_domains").size()).isZero();
        assertThat(cleared.json().get("own_principals").get("github_orgs").size()).isZero();
    }

    @Test
    void badValuesAreRefusedByTheirPlaceAndNothingIsStored() {
        TenantFixture tenant = newTenant();
        OwnPrincipalsApi.setEmailDomains(tenant, "acme.com");
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add("d" + i + ".example");
        }

        ErrorAssertions.assertInvalidFields(OwnPrincipalsApi.patch(tenant, Map.of("email_domains",
                        List.of("acme.com", "fine.example", "not a domain", "x".repeat(300) + ".com", 7),
                        "github_orgs", List.of("-bad-"), "slack_workspaces", List.of("general"),
                        "phones", List.of("+1"))),
                "own_principals.email_domains[2]", "own_principals.email_domains[3]",
                "own_principals.email_domains[4]", "own_principals.github_orgs[0]",
                "own_principals.slack_workspaces[0]", "own_principals.phones");
        ErrorAssertions.assertInvalidFields(OwnPrincipalsApi.patch(tenant, Map.of("email_domains", tooMany)),
                "own_principals.email_domains");
        ErrorAssertions.assertInvalidFields(OwnPrincipalsApi.patch(tenant, Map.of("domains", "acme.com")),
                "own_principals.domains");
        ErrorAssertions.assertInvalidFields(OwnPrincipalsApi.patch(tenant, List.of("acme.com")), "own_principals");
        ErrorAssertions.assertInvalidFields(OwnPrincipalsApi.patch(tenant, Map.of("email_domains",
                List.of("127.0.0.1", "acme..com", "-acme.com"))), "own_principals.email_domains[0]",
                "own_principals.email_domains[1]", "own_principals.email_domains[2]");

        JsonNode own = gateway().get(TenantSettingsApi.path(tenant.tenantId()), tenant.key()).json()
                .get("own_principals");
        assertThat(own.get("email_domains").toString()).isEqualTo("[\"acme.com\"]");
    }

    @Test
    void concurrentReplacementsLeaveOneWholeList() throws Exception {
        TenantFixture tenant = newTenant();
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lists.add(List.of("a" + i + ".example", "b" + i + ".example", "c" + i + ".example"));
        }
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        for (List<String> list : lists) {
            Thread thread = new Thread(() -> statuses.add(OwnPrincipalsApi.patch(tenant,
                    Map.of("email_domains", list)).status()));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(statuses).containsOnly(200);
        JsonNode stored = gateway().get(TenantSettingsApi.path(tenant.tenantId()), tenant.key()).json()
                .get("own_principals").get("email_domains");
        List<String> values = new ArrayList<>();
        stored.forEach(value -> values.add(value.asText()));
        assertThat(lists).contains(values);
    }

    @Test
    void anSmsKeepsItsDestinationNumberAndLosesTheCardInItsText() {
        TenantFixture tenant = newTenant();

        JsonNode json = tenant.scan(Map.of("method", "POST",
                "url", "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef/Messages.json",
                "headers", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "body", "To=%2B14155550132&MessagingServiceSid=MG0123&Body=card+4111+1111+1111+1111")).json();

        assertThat(json.get("decision").asText()).as(json.toString()).isEqualTo("SANITIZE");
        assertThat(reasons(json)).contains("EXTERNAL_PRINCIPAL");
        String sent = json.get("sanitized_body").asText();
        assertThat(sent).contains("To=%2B14155550132").doesNotContain("4111");
    }

    @Test
    void aWriteToAnotherOrganisationsRepositoryIsExternalUntilTheOrganisationIsOwn() {
        TenantFixture tenant = newTenant();
        Map<String, Object> issue = Map.of("method", "POST",
                "url", "https://api.github.com/repos/Acme-Corp/web/issues",
                "body", Map.of("title", "Build fails", "body", "see logs"));

        JsonNode before = tenant.scan(issue).json();
        HttpResult set = OwnPrincipalsApi.patch(tenant, Map.of("github_orgs", List.of("acme-corp")));
        JsonNode after = tenant.scan(issue).json();
        JsonNode read = tenant.scan(Map.of("method", "GET",
                "url", "https://api.github.com/repos/other-org/web/issues")).json();

        assertThat(reasons(before)).contains("EXTERNAL_PRINCIPAL");
        assertThat(before.get("signals").toString()).contains("1 github_org").doesNotContain("acme");
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(reasons(after)).doesNotContain("EXTERNAL_PRINCIPAL");
        assertThat(reasons(read)).as("a read reaches no one").doesNotContain("EXTERNAL_PRINCIPAL");
    }

    /** Each finding's path and whether the answer marks it a principal (the last one wins for a repeated path). */
    private static Map<String, Boolean> principalFlags(JsonNode answer) {
        Map<String, Boolean> flags = new HashMap<>();
        answer.get("findings").forEach(finding -> flags.merge(finding.get("path").asText(),
                finding.path("principal").asBoolean(false), Boolean::logicalOr));
        return flags;
    }
}
