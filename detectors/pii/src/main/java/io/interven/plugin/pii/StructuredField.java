package io.interven.plugin.pii;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The personal data that only a structured field's name tells apart from ordinary text: a person's name, a street
 * address, a date of birth, a passport number. Each kind knows the names it is filed under (compared in compact
 * form, {@link FieldKey#compact}) and what its values look like.
 */
enum StructuredField {
    PERSON("PERSON"),
    STREET_ADDRESS("STREET_ADDRESS"),
    DATE_OF_BIRTH("DATE_OF_BIRTH"),
    PASSPORT_NUMBER("PASSPORT_NUMBER");

    /** Keys that hold (part of) a person's name whatever object they are in. */
    private static final Set<String> PERSON_KEYS = Set.of("fullname", "firstname", "lastname", "givenname",
            "givennames", "familyname", "surname", "middlename", "forename", "forenames", "maidenname", "legalname",
            "personname", "cardholdername", "cardholder", "holdername", "accountholdername", "accountholder",
            "nameoncard", "customername", "contactname", "recipientname", "sendername", "patientname",
            "employeename", "applicantname", "guestname", "passengername", "travelername", "travellername",
            "membername", "studentname", "billingname", "shippingname", "beneficiaryname", "payeename", "payername",
            "requestername", "reportername", "assigneename", "authorname", "ownername", "signername",
            "fname", "lname", "firstnames", "lastnames");
    /** Parts of a name object: {@code "name": {"first": ..., "last": ...}}. */
    private static final Set<String> NAME_PARTS = Set.of("first", "last", "given", "family", "middle", "full");
    private static final Set<String> NAME_OBJECTS = Set.of("name", "names", "fullname", "personname", "legalname");
    /** Objects that describe a person, whose {@code name} is that person's. */
    private static final Set<String> PERSON_OBJECTS = Set.of("customer", "contact", "user", "requester", "author",
            "committer", "assignee", "reporter", "member", "patient", "employee", "applicant", "passenger",
            "traveler", "traveller", "person", "people", "buyer", "lead", "beneficiary", "payee", "payer",
            "cardholder", "holder", "accountholder", "submitter", "participant", "attendee", "signer", "student",
            "candidate", "subscriber", "billingcontact", "emergencycontact", "primarycontact", "profile",
            "personalinfo", "personaldetails", "personaldata", "spouse", "guardian", "driver", "recipient",
            "owner", "customerdetails", "contactdetails", "userprofile", "individual", "guest", "creator", "actor",
            "reviewer", "approver", "commenter", "editor", "manager", "createdby", "updatedby", "requestedby",
            "billingdetails", "billing", "shipping", "shippingdetails");
    /** Keys that name whatever object they are in: a person's only inside a person-ish object. */
    private static final Set<String> NAME_KEYS = Set.of("name", "displayname");
    /** Mailbox objects: their {@code name} is often a team's ({@code Billing}), so it needs two words at least. */
    private static final Set<String> MAILBOX_OBJECTS = Set.of("to", "cc", "bcc", "from", "sender", "replyto");
    private static final Set<String> ADDRESS_KEYS = Set.of("address", "streetaddress", "street", "addressline",
            "addressline1", "addressline2", "addressline3", "address1", "address2", "address3", "streetline1",
            "streetline2", "billingaddress", "shippingaddress", "mailingaddress", "homeaddress", "residentialaddress",
            "postaladdress", "physicaladdress", "deliveryaddress", "permanentaddress", "currentaddress",
            "customeraddress", "contactaddress", "streetandnumber", "addr", "street1", "street2");
    /** Keys that are a street address only inside an address object: {@code "address": {"line1": ...}}. */
    private static final Set<String> ADDRESS_LINES = Set.of("line1", "line2", "line3", "streetline", "streetname",
            "housenumberandstreet", "line");
    private static final Set<String> BIRTH_DATE_KEYS = Set.of("dob", "dateofbirth", "birthdate", "birthday",
            "birthdt", "bday", "birthdatetime", "borndate", "bornon", "geburtsdatum", "datedenaissance",
            "fechadenacimiento");
    private static final Set<String> PASSPORT_KEYS = Set.of("passport", "passportnumber", "passportno",
            "passportnum", "passportnr", "passportid", "passportnbr");
    private static final Set<String> PASSPORT_PARTS = Set.of("number", "no", "num", "nr", "id", "nbr");

    /** Every name {@link #of} can answer a kind for, apart from the patterns in {@link #mayBeKey}. */
    private static final Set<String> ALL_KEYS = union(PERSON_KEYS, NAME_PARTS, NAME_KEYS, ADDRESS_KEYS,
            ADDRESS_LINES, BIRTH_DATE_KEYS, PASSPORT_KEYS, PASSPORT_PARTS);

    private final String entityType;

    StructuredField(String entityType) {
        this.entityType = entityType;
    }

    String entityType() {
        return entityType;
    }

    /**
     * The kind of field at the end of {@code chain} (compact names from the root, {@link FieldKey#chain}) whose
     * value is {@code value}, if it is one of these kinds and the value looks the part.
     */
    static Optional<StructuredField> of(List<String> chain, String value) {
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        String key = chain.get(chain.size() - 1);
        String parent = chain.size() > 1 ? chain.get(chain.size() - 2) : "";
        if (isPersonKey(key, parent)) {
            return PersonNameValue.isPlausible(value, false, 1) ? Optional.of(PERSON) : Optional.empty();
        }
        if (NAME_KEYS.contains(key) && (isPersonObject(parent) || MAILBOX_OBJECTS.contains(parent))) {
            int minWords = MAILBOX_OBJECTS.contains(parent) ? 2 : 1;
            return PersonNameValue.isPlausible(value, true, minWords) ? Optional.of(PERSON) : Optional.empty();
        }
        if (isAddressKey(key, parent)) {
            return StreetAddressValue.isPlausible(value) ? Optional.of(STREET_ADDRESS) : Optional.empty();
        }
        if (isBirthDateKey(key)) {
            return BirthDateValue.isPlausible(value) ? Optional.of(DATE_OF_BIRTH) : Optional.empty();
        }
        if (PASSPORT_KEYS.contains(key) || key.startsWith("passport") && PASSPORT_PARTS.contains(key.substring(8))
                || parent.equals("passport") && PASSPORT_PARTS.contains(key)) {
            return PassportNumberValue.isPlausible(value) ? Optional.of(PASSPORT_NUMBER) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * False when {@link #of} answers nothing for a chain ending in {@code key}, whatever the parent and value: a
     * cheap look before the chain is worked out.
     */
    static boolean mayBeKey(String key) {
        return ALL_KEYS.contains(key) || key.contains("dateofbirth") || key.contains("birthdate")
                || key.endsWith("dob") || key.startsWith("passport");
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** {@code customer}, or a list of them ({@code attendees}). */
    private static boolean isPersonObject(String parent) {
        return PERSON_OBJECTS.contains(parent)
                || parent.endsWith("s") && PERSON_OBJECTS.contains(parent.substring(0, parent.length() - 1));
    }

    private static boolean isPersonKey(String key, String parent) {
        return PERSON_KEYS.contains(key) || NAME_PARTS.contains(key) && NAME_OBJECTS.contains(parent);
    }

    private static boolean isAddressKey(String key, String parent) {
        return ADDRESS_KEYS.contains(key)
                || ADDRESS_LINES.contains(key) && (parent.contains("address") || parent.equals("billing")
                        || parent.equals("shipping") || parent.equals("mailing") || parent.equals("home"));
    }

    private static boolean isBirthDateKey(String key) {
        return BIRTH_DATE_KEYS.contains(key) || key.contains("dateofbirth") || key.contains("birthdate")
                || key.endsWith("dob");
    }
}
