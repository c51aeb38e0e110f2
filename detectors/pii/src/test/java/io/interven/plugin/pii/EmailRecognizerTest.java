package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new EmailRecognizer(), "EMAIL_ADDRESS");

    @ParameterizedTest
    @ValueSource(strings = {
            "jane.doe@example.com", "lukas+shop@acme-corp.io", "kwame.alvarez@yahoo.co.uk", "o_iyer@outlook.com",
            "x@mail.proton.me", "JANE@EXAMPLE.ORG", "first-last@sub.domain.example.museum"})
    void findsAddresses(String address) {
        probe.findsIn(address, "Please reply to %s, thanks", "<%s>", "email=%s&x=1", "\"%s\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "user@localhost",
            "a@b",
            "npm install lodash@4.17.21",
            "pip install requests==2.32.0 && npx create-app@latest",
            "\"@types/node@18.19.3\"",
            "<img src=\"logo@2x.png\">",
            "git clone git@github.com:acme/web.git",
            "postgres://svc_orders:pJCrVA0lqw4Rb@orders-db.c9x1ab2cd.us-east-1.rds.amazonaws.com:5432/orders",
            "https://admin:c4BU7FcOut397haTr0y0U@jenkins.wayne-enterprises.co.uk/job/deploy",
            "https://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@github.com/acme/docs.git",
            "mongodb+srv://app:q6wb0bOKHpmt@cluster0.pzl6z.mongodb.net/app?retryWrites=true&w=majority",
            "Use `mongodb+srv://user:pAss@cluster0.x.mongodb.net` for the replica set",
            "DATABASE_URL=mysql://postgres:C0akygx5ieZSjD@mysql-primary.umbrella-health.org:3306/shop",
            "mirror: ftp://jenkins:B7UdqrkngbyR6OdD0Ipa@files.vandelay-industries.com/pub",
            "image: registry/auth@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "user@host.c0m",
            "twitter handle @jane_doe and @acme.corp",
            "a..b@example.com",
    })
    void ignoresThingsThatAreNotMailboxes(String text) {
        assertThat(probe.found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jürgen.müller@bücher.de", "用户@例子.广告", "почта@пример.рф", "josé.garcía@correo.es",
            "user@xn--80ak6aa92e.xn--p1ai", "ramón@xn--bcher-kva.de", "दीपक@उदाहरण.भारत", "\"john doe\"@example.com",
            "\"j.\\\"doe\\\"\"@example.com", "ops@[192.168.1.10]", "ops@[IPv6:2001:db8::1]", "Ἀθηνᾶ@παράδειγμα.ελ",
            "用户@例子。广告", "john@example。com", "john@example｡co｡uk"})
    void findsAddressesInOtherScriptsQuotedOrWithAnAddressLiteral(String address) {
        assertThat(probe.found("write to " + address + " today")).containsExactly(address);
        assertThat(probe.found("<" + address + ">")).containsExactly(address);
    }

    /**
     * A local part of any letters, numbers and marks is read back from its {@code @} as the expression reads it:
     * letters past the first plane (two chars each), letter and other numbers ({@code ⅻ}, {@code ²}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"𠀀用户@例子.广告", "𝒋𝒂𝒏𝒆@example.com", "ⅻjohn@example.com", "jane²x@example.com",
            "用户@𠀀例子.广告"})
    void findsLocalPartsOfEveryLetterAndNumberTheAddressTakes(String address) {
        assertThat(probe.found("write to " + address + " today")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"größe@2x.png", "価格@100円", "Zahlung@Rechnung", "@müller und @jürgen",
            "\"quoted\" @example.com", "say \"hi\"@ once", "ops@[999.1]", "ops@[not-an-ip]", "a..b@bücher.de"})
    void ignoresLookalikesInOtherScripts(String text) {
        assertThat(probe.found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:ann@corp.example.org", "contact: ann@corp.example.org.",
            "leaked combo ann@corp.example.org:Xy7!pass"})
    void findsTheAddressNextToPunctuation(String text) {
        assertThat(probe.found(text)).containsExactly("ann@corp.example.org");
    }

    @ParameterizedTest
    @CsvSource({"svc-agent@acme-corp.io:ATATT3xFfGF0Rz4AzW9FRK9rt4yOnI, svc-agent@acme-corp.io",
            "agent@initech.net/token:mH0CD3xbf8EJumdwnMO5EfJPu00WHg9N3CYd, agent@initech.net"})
    void leavesTheLoginOfTheCallsOwnCredentialsAlone(String credentials, String login) {
        for (String header : List.of("Authorization", "proxy-authorization")) {
            ScanField basic = new ScanField("headers." + header + "|basic", FieldLocation.HEADER, header, credentials);
            assertThat(probe.found(basic)).isEmpty();
        }
        assertThat(probe.found(new ScanField("headers.X-Reply-To", FieldLocation.HEADER, "X-Reply-To", login)))
                .containsExactly(login);
        assertThat(probe.found("$.authorization", "authorization", credentials)).containsExactly(login);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@api.example.com/v1/notify?to=ann@corp.example.org",
            "unsubscribe at https://lists.example.com/optout?email=ann@corp.example.org",
            "https://example.com/u/ann@corp.example.org"})
    void findsAddressesInTheQueryOrPathOfAUrl(String text) {
        assertThat(probe.found(text)).containsExactly("ann@corp.example.org");
    }
}
