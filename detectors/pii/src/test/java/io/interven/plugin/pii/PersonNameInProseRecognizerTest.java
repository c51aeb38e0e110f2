package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameInProseRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new PersonNameInProseRecognizer(), "PERSON");

    @Test
    void findsTheNameOfASalutation() {
        probe.findsIn("Jane Doe", "Dear %s,\nthanks for your order.", "Dear %s:", "dear %s!", "Dear %s",
                "Hello all.\n\nDear %s,");
        probe.findsIn("Ana María Quintero", "Dear %s,");
        probe.findsIn("Smith", "Dear Mr. %s,", "Dear Dr. %s,", "Dear Ms %s,");
        probe.findsIn("Jane van der Berg", "Dear %s,");
        probe.findsIn("Krisztián Szöllösy", "Dear %s,");
        probe.findsIn("Mary-Jane O'Neil", "Dear %s,");
    }

    @Test
    void findsTheNameAfterATitle() {
        probe.findsIn("Cettina Fanucci", "could you please correct it to Dr. %s?", "Hello, this is Dr. %s. Who?");
        probe.findsIn("Leiva", "Mr. %s flew to LEPPEN on Tuesday morning.", "For my take on Mrs. %s, see");
        probe.findsIn("Marcela", "I'd like to join accounts with ms. %s");
        probe.findsIn("Jones", "Ms %s called.", "Prof. %s will review it");
        probe.findsIn("Abby M. Laidlaw", "Mrs. %s moved");
        probe.findsIn("Jones", "(Prof. %s)", "\"Ms. %s\"", "[Dr. %s]", "*Mr. %s*", "<b>Mr. %s</b>");
        probe.findsIn("Jennifer Alcaraz", "Mrs. %s Suite 541 6343 Skogstien 106", "Dr. %s Apt. 117 5720");
    }

    @Test
    void findsTheNameOfASignatureBlock() {
        probe.findsIn("Jane Doe", "Please see attached.\n\nBest regards,\n%s\nAcme Corp",
                "Thanks!\n\nRegards,\n%s", "Sincerely,\n\n%s", "Best,\n%s, CTO", "Cheers,\r\n%s\r\n",
                "Mit freundlichen Grüßen\n%s", "  Kind regards,\n  %s | Sales Engineer");
    }

    @Test
    void findsTheNameOfAFormLine() {
        probe.findsIn("Toshimi Arata", "Date: 1978-04-13 12:20:39\nName: %s\nPhone: 0490 75 40 81",
                "Name:    %s", "Full name: %s", "Customer Name: %s, account 1234", "NAME: %s",
                "**Name:** %s", "- Name: %s");
        probe.findsIn("Abby M. Laidlaw", "Name:    %s\nAddress:     03555 Vicolo Calcirelli 13");
    }

    @Test
    void findsEveryNameOfAText() {
        assertThat(probe.found("Dear Jane Doe,\nMr. Leiva asked about it.\n\nRegards,\nJohn Smith"))
                .containsExactly("Jane Doe", "Leiva", "John Smith");
        assertThat(probe.found("Dear Mr. Smith,")).as("one finding for a salutation with a title")
                .containsExactly("Smith");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dear team,", "Dear Team,", "Dear Sir or Madam,", "Dear Sir,", "Dear all,", "Dear Hiring Manager,",
            "Dear Valued Customer,", "Dear Customer,", "Dear Jane,", "Dear colleagues,", "Dear Acme Support,",
            "Dear John Doe and team,", "my dear friend Jane Doe", "Dear Members of the Board,",
            "Regards, The Acme Team", "Regards,\nThe Acme Team", "Thanks, looks good to me!",
            "Thanks,\nlooks good", "Best,\nJane", "Best,\nPR Review Bot", "Cheers,\nBuild Pipeline Team",
            "the best,\nJane Doe is here", "I sent my regards,\nJane Doe",
            "metadata:\n  name: billing-worker", "name: Payments Api", "Name: string", "Name: String",
            "Name: Jane", "Name: {{first_name}} {{last_name}}", "Project Name: Apollo Moon",
            "user_name: Jane Doe", "name = \"Jane Doe\"", "Name: Jane Doe 2", "Name: ACME LTD",
            "took 200 ms Total", "latency 35 ms. Next step", "12 Oak Dr. Springfield", "4 Main St. Paul",
            "MS Word", "don't miss The Deadline", "we will miss. Next week", "Mr. Robot is mr.", "Dr.",
            "Amara Castillo", "Dear JANE DOE,", "the name: Jane Doe", "Thanks,\nGitHub Actions",
            "Regards,\nAcme Billing", "Best,\nRelease Manager", "Kind regards,\nCustomer Success",
            "Save dumps as FILENAME-test_name.prof. If FILENAME contains", "see /opt/mr. Smith wrote it",
            "build-ms. Jones", "name_dr. Kyle Kuefer", "v2:mr. Leiva", "run@Prof. Jones",
    })
    void ignoresHardNegatives(String text) {
        assertThat(probe.found(text)).as(text).isEmpty();
    }

    @Test
    void aLongTextOfCuesWithoutNamesIsReadInOnePass() {
        String text = "Dear team, Regards, name: x, Mr. ".repeat(20_000) + "\nName: Jane Doe";
        assertThat(probe.found(text)).containsExactly("Jane Doe");
    }
}
