package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructuredFieldRecognizerTest {
    private final StructuredFieldRecognizer recognizer = new StructuredFieldRecognizer();

    private List<Finding> found(String path, String key, String value) {
        return recognizer.recognize(new ScanField(path, FieldLocation.BODY, key, value));
    }

    @ParameterizedTest(name = "{0} = {2} -> {3}")
    @CsvSource(delimiter = ';', value = {
            "$.customer.first_name ; first_name ; Amara ; PERSON",
            "$.properties.lastname ; lastname ; O'Connell ; PERSON",
            "$.FirstName ; FirstName ; Thiago ; PERSON",
            "$.data.user.full_name ; full_name ; Lucía Quintero ; PERSON",
            "$.payload.customer.name ; name ; Arjun Müller ; PERSON",
            "$.ticket.requester.name ; name ; Bastian Iyer ; PERSON",
            "$.data.contact.name ; name ; Zainab ; PERSON",
            "$.personalizations[0].to[0].name ; name ; Elena Kowalski ; PERSON",
            "$.applicant.name.first ; first ; Zainab ; PERSON",
            "$.fields.assignee.displayName ; displayName ; Jane Doe ; PERSON",
            "$.event.attendees[2].name ; name ; Chloé Zimmermann ; PERSON",
            "$|form['billing_details[name]'] ; billing_details[name] ; Jenny Rosen ; PERSON",
            "$.customer.customerName ; customerName ; María de la Cruz ; PERSON",
            "$.card.cardholder_name ; cardholder_name ; JANE Q. DOE ; PERSON",
            "$.event_payload|json.customer.last_name ; last_name ; Castillo ; PERSON",
            "$|form['metadata[customer_name]'] ; metadata[customer_name] ; Rohan Mensah ; PERSON",
            "$.customer.address ; address ; 40 rue des Lilas ; STREET_ADDRESS",
            "$.customer.address.line1 ; line1 ; Am Goetheplatz 145 ; STREET_ADDRESS",
            "$.address.address_line1 ; address_line1 ; 214 boulevard Pasteur ; STREET_ADDRESS",
            "$.Street ; Street ; 93 Chestnut Avenue ; STREET_ADDRESS",
            "$.dynamic_template_data.street_address ; street_address ; Rosenweg 107, 80639 München ; STREET_ADDRESS",
            "$.billing_address ; billing_address ; Main Street ; STREET_ADDRESS",
            "$.shipping.line2 ; line2 ; Apartment 4B ; STREET_ADDRESS",
            "$.contact.date_of_birth ; date_of_birth ; 03/18/1960 ; DATE_OF_BIRTH",
            "$.customer.dob ; dob ; 1984-04-01 ; DATE_OF_BIRTH",
            "$.user.birthdate ; birthdate ; 01.09.1993 ; DATE_OF_BIRTH",
            "$.Birthdate ; Birthdate ; 16/01/1988 ; DATE_OF_BIRTH",
            "$.profile.birthday ; birthday ; 12 March 1990 ; DATE_OF_BIRTH",
            "$.member.birth_date ; birth_date ; 19840401 ; DATE_OF_BIRTH",
            "$.patient.patientDob ; patientDob ; March 12, 1990 ; DATE_OF_BIRTH",
            "$.person.birth_date ; birth_date ; 1990-03-12T00:00:00Z ; DATE_OF_BIRTH",
            "$.traveller.passport_number ; passport_number ; K1234567 ; PASSPORT_NUMBER",
            "$.traveller.passportNo ; passportNo ; 533401245 ; PASSPORT_NUMBER",
            "$.traveller.passport.number ; number ; X12 345 678 ; PASSPORT_NUMBER",
            "$.traveller.passport ; passport ; C01X00T47 ; PASSPORT_NUMBER",
    })
    void recognizesByFieldName(String path, String key, String value, String entityType) {
        List<Finding> findings = found(path, key, value);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.entityType()).isEqualTo(entityType);
            assertThat(f.dataClass()).isEqualTo("PII");
            assertThat(f.ruleId()).isEqualTo("structured-field");
            assertThat(value.substring(f.start(), f.end())).isEqualTo(value);
        });
    }

    @Test
    void reportsTheValueWithoutSurroundingBlanks() {
        List<Finding> findings = found("$.customer.full_name", "full_name", "  Amara Castillo \n");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.start()).isEqualTo(2));
        assertThat(findings.get(0).end()).isEqualTo(2 + "Amara Castillo".length());
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = ';', value = {
            "$.repository.name ; name ; mobile-app", "$.fields.issuetype.name ; name ; Bug",
            "$.fields.priority.name ; name ; Highest", "$.channel.name ; name ; General",
            "$.from.name ; name ; Acme Support", "$.from.name ; name ; Billing", "$.from.name ; name ; The Team",
            "$.name ; name ; Quarterly Report", "$.file.name ; name ; Report 2024.pdf",
            "$.customer.name ; name ; Globex Corp", "$.user.name ; name ; deploy-bot", "$.user.name ; name ; jdoe",
            "$.project.displayName ; displayName ; Project Phoenix", "$.displayName ; displayName ; Jane Doe",
            "$.client.name ; name ; My App", "$.items[0].name ; name ; Blue Widget",
            "$.customer.first_name ; first_name ; {{first_name}}", "$.customer.first_name ; first_name ; N/A",
            "$.customer.first_name ; first_name ; <first name>", "$.customer.last_name ; last_name ; 12345",
            "$.user.username ; username ; Jdoe", "$.user.display_name ; display_name ; Test User",
            "$.customer.full_name ; full_name ; ${CUSTOMER_NAME}", "$.author.name ; name ; dependabot[bot]",
            "$.address ; address ; jane@example.com", "$.server.address ; address ; 10.0.0.1:8080",
            "$.wallet.address ; address ; 0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
            "$.ip_address ; ip_address ; 8.8.8.8", "$.customer.address.city ; city ; Lyon",
            "$.customer.address.postal_code ; postal_code ; 69006", "$.line1 ; line1 ; 40 rue des Lilas",
            "$.email.address ; address ; ops-team", "$.dob ; dob ; unknown", "$.dob ; dob ; 2025-13-45",
            "$.created_at ; created_at ; 1990-03-12", "$.birth_place ; birth_place ; Lyon",
            "$.passport_number ; passport_number ; <passport>", "$.passport_expiry ; passport_expiry ; 2030-01-01",
            "$.passport_number ; passport_number ; ABCDEFG", "$.text ; text ; My name is Amara Castillo",
            "$.customer.first_name|key ; first_name ; first_name", "$.customer.full_name ; full_name ; ' '",
    })
    void ignoresOtherFieldsAndImplausibleValues(String path, String key, String value) {
        assertThat(found(path, key, value)).isEmpty();
    }

    @Test
    void ignoresFieldsWithoutAName() {
        assertThat(recognizer.recognize(new ScanField("url", FieldLocation.URL, null, "Amara Castillo"))).isEmpty();
    }

    @Test
    void readsFieldNamesInEveryWriting() {
        assertThat(FieldKey.chain("$.personalizations[0].to[0].name", "name"))
                .containsExactly("personalizations", "to", "name");
        assertThat(FieldKey.chain("$|form['metadata[customer_name]']", "metadata[customer_name]"))
                .containsExactly("metadata", "customername");
        assertThat(FieldKey.chain("$.payload|json.Customer-Info.First_Name", "First_Name"))
                .containsExactly("payload", "customerinfo", "firstname");
        assertThat(FieldKey.chain("$", "firstName")).containsExactly("firstname");
        assertThat(FieldKey.words("contactPhoneNumber")).containsExactly("contact", "phone", "number");
        assertThat(FieldKey.words("X-API_key2")).containsExactly("x", "api", "key", "2");
    }
}
