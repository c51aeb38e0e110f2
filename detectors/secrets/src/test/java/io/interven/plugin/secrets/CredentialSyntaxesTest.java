package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords in the syntaxes of code, configuration and command lines, weak passwords with a lower confidence, and the
 * placeholders and prose that must stay clean.
 */
class CredentialSyntaxesTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();
    private static final double STRONG = 0.65;
    private static final double WEAK = PasswordValue.WEAK_CONFIDENCE;

    private static List<Finding> detect(String text) {
        return DETECTOR.detect(new ScanField("note", FieldLocation.BODY, "note", text));
    }

    private static List<String> secrets(String text) {
        return detect(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    static Stream<Arguments> assignments() {
        return Stream.of(
                // shell, dotenv, INI, properties
                arguments("export DB_PASSWORD=\"Kq7#vT2mZr9xLp\"", "Kq7#vT2mZr9xLp", STRONG),
                arguments("[SupportSite]\nUsername=helpdesk\nPassword=thisismypassword\n", "thisismypassword", WEAK),
                arguments("[HELP_CLIENT]\r\nAUTO_SESSION_PASSWORD=mypassword\r\n", "mypassword", WEAK),
                arguments("spring.datasource.password=winter22", "winter22", WEAK),
                // commented-out .env and INI lines, and a trailing comment, still hold the password
                arguments("# REACT_APP_PASS=brightfalcon", "brightfalcon", WEAK),
                arguments("; db_password=winter22\n", "winter22", WEAK),
                arguments("    REACT_APP_AUTH_PASSWORD=brightfalcon    # set on the CI", "brightfalcon", WEAK),
                // a quoted value may hold the other quote characters, backticks and backslashes
                arguments("password = '`123QWERasdf'\n", "`123QWERasdf", STRONG),
                arguments("oauth:\n  jwtsecret: \"7`D'}/vYR)T;W\\5]EBrf;_&k>qX??]G&3C\"\n",
                        "7`D'}/vYR)T;W\\5]EBrf;_&k>qX??]G&3C", STRONG),
                arguments("SECRET_KEY = 'django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhb'",
                        "django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhb", STRONG),
                // YAML and JSON
                arguments("my_password: \"super$ecret\"\n", "super$ecret", WEAK),
                arguments("\"AdminPassword\" : \"thisismypassword\"", "thisismypassword", WEAK),
                arguments("'vm_password': \"Pass123!@#\",", "Pass123!@#", STRONG),
                arguments("db:\n  password: 4ian1234\n", "4ian1234", WEAK),
                // Ruby and Perl hashes, aligned
                arguments(":password       => '4ian1234',", "4ian1234", WEAK),
                arguments("password        => 'Hv7!qT2mZr9xKw',", "Hv7!qT2mZr9xKw", STRONG),
                // Go, Python, JavaScript, C#, PHP
                arguments("my_password := \"super$ecret\"", "super$ecret", WEAK),
                arguments("password = 'abuser123456'  # some comment", "abuser123456", STRONG),
                arguments("login({username: 'geronimo', password: '52VeZqtHDCdAr5yM'});", "52VeZqtHDCdAr5yM", STRONG),
                arguments("private const string PfxPassword = \"thisismypassword\";", "thisismypassword", WEAK),
                arguments("$user = \"mg1021\"; $password = \"goodspec\";", "goodspec", WEAK),
                arguments("$password = \\\"goodspec\\\";", "goodspec", WEAK),
                // comparisons with a literal hard-code the accepted password
                arguments("if username == \"jojoba\" and password == \"team10x\":", "team10x", WEAK),
                arguments("if (password !== 'Zr9#xK2vQm7t') throw new Error()", "Zr9#xK2vQm7t", STRONG),
                arguments("if username == \"adM1n1sTrat0R\" and password == \"123P4ssW0rd@@\":", "123P4ssW0rd@@", STRONG),
                // XML attributes
                arguments("<add key=\"FromEmailPassword\" value=\"Prestigitariu$\"/>", "Prestigitariu$", STRONG),
                arguments("<property name=\"password\" value=\"Tq9#mW2zLp5vXk\"/>", "Tq9#mW2zLp5vXk", STRONG),
                arguments("<add key=\"StripeSecret\" value=\"Wz3pK9mXr2vLq8tN\"/>", "Wz3pK9mXr2vLq8tN", STRONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assignments")
    void findsPasswordsAssignedInEveryCommonSyntax(String text, String secret, double confidence) {
        List<Finding> findings = detect(text);

        assertThat(findings).extracting(f -> text.substring(f.start(), f.end())).containsExactly(secret);
        assertThat(findings.get(0).entityType()).isEqualTo("GENERIC_SECRET");
        assertThat(findings.get(0).confidence()).isEqualTo(confidence);
    }

    static Stream<Arguments> commandLinesAndCalls() {
        return Stream.of(
                arguments("adoConn.Open(\"Provider=SQLOLEDB.1;User ID=billing_app; \" & \"Password =ledger_reader;Initial Catalog=Billing;\")",
                        "ledger_reader", WEAK),
                arguments("cmd.exe /C PSEXEC \\\\10.0.94.120 -u Administrator -p dev_admin CMD /C ECHO", "dev_admin", WEAK),
                arguments("Connect-VIServer -Server 192.168.1.51 -User administrator@vSphere.local -Password VMware1!",
                        "VMware1!", 0.75),
                arguments("system(\"psexec \\\\\\\\192.168.3.77 -u Administrator -p braksha shutdown -r\");", "braksha", WEAK),
                arguments("sender.Credentials = new NetworkCredential(\"alerts@acme.io\", \"vzihlaquknriqlht\");",
                        "vzihlaquknriqlht", WEAK),
                arguments("$wc.Credentials = new-object System.Net.NetworkCredential(\"cidownload\", \"AP7JaG9ToerxBc6gWP5LcU2CNpb\");",
                        "AP7JaG9ToerxBc6gWP5LcU2CNpb", 0.75),
                arguments("new DirectoryEntry(\"LDAP://dc01.acme.local\",\n  \"ADMIN@ACME.LOCAL\",\n  \"Rrhh1234\");", "Rrhh1234", WEAK),
                arguments("ConvertTo-SecureString \"6AAcfcdFBBeCF8fdD9FfBCE8052E057adD83a066\" -AsPlainText -Force",
                        "6AAcfcdFBBeCF8fdD9FfBCE8052E057adD83a066", 0.8),
                arguments("Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;", "secret", WEAK),
                arguments("Provider=SQLNCLI;Server=myServerName,myPortNumber;Database=myDataBase;Uid=myUsername;Pwd=myPassword;",
                        "myPassword", WEAK),
                arguments("machine raw.github.com\n  login visionmedia\n  password pass123\n", "pass123", WEAK),
                arguments("postgresql://user:secret@localhost:5433/database", "secret", WEAK),
                arguments("new DirectoryEntry(\"LDAP://DC01.ACME.LOCAL\",\n          \"OPS@ACME.LOCAL\",\n          \"Rrhh1234\");",
                        "Rrhh1234", WEAK),
                arguments("The Blooby has a default Access Point Name 'Blooby'\nThe default Password is 'blooberry'\n",
                        "blooberry", WEAK),
                arguments("echo \"The password is 'Secret123'\"", "Secret123", WEAK),
                arguments("CREATE USER app IDENTIFIED BY 'app123';", "app123", WEAK),
                arguments("openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:kestrel9", "kestrel9", WEAK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLinesAndCalls")
    void findsPasswordsInCommandLinesConnectionStringsAndCredentialCalls(String text, String secret, double confidence) {
        List<Finding> findings = detect(text);

        assertThat(findings).extracting(f -> text.substring(f.start(), f.end())).containsExactly(secret);
        assertThat(findings.get(0).confidence()).isEqualTo(confidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "reset your password = easy",
            "the password is required",
            "password: ********",
            "password=${DB_PASS}",
            "PASSWORD=$(get-secret db)",
            "password: \"<password>\"",
            "password = \"changeme\"",
            "\"password\": \"YOUR_PASSWORD\"",
            "\"password\": \"\"",
            "password: example-password-1",
            "password = request.form[\"password\"]",
            "username = env.PERKEEP_TEST_USERNAME\npassword = env.PERKEEP_TEST_PASSWORD\n",
            "password: hashedPassword",
            "# password=hashedPassword(input)",
            "- echo 'export DATABASE_PASSWORD=\"'$PRECOMPILE_PASSWORD'\"' >> .env",
            "token = \"' + Kq7vT2mZr9xLpW3 + '\"",
            "// password=open_sesame",
            "x = 1; password=open_sesame",
            "password=open_sesame trailing words",
            "# REACT_APP_MAILER_PASSWORD=smtp_password # Enter your SMTP email password",
            "password: \"%(db_password)s\"",
            "password = \"\" + ' ' + \"\"",
            "conn.Open(\"Server=db01;User Id=etl; \" & \"Password=\" & strPassword & \";\")",
            "password = pw_input;",
            "\"password\": \"Passwort\", \"username\": \"Benutzername\"",
            "\"password\": \"required\"",
            "usernameLabel:\"Username or email:\",passwordLabel:\"Password:\"",
            "this.addPassword = \"#add-password\";",
            "\"password\": \"$super$ecret\",",
            "echo 'password = '.$p['config']['daemon_password'].\"\\n\";",
            "if password == input_value:",
            "Password policy now requires at least 16 characters and MFA.",
            "use the --password option or --password-file /run/secrets/db",
            "docker login -u ci --password-stdin registry.acme.io",
            "psExec \\\\HOST01 -u User -p $Password -i -d calc.exe",
            "PsExec.exe \\\\satmodel2 -u SATMODEL2\\MTCPB -p %nothing% -i 2",
            "start PsExec.exe -u DOMAIN\\ADMINISTRATOR -p PASSWORD cmd /c COPY",
            "Connect-VIServer \"$endpoint\" -User \"$username\" -Password \"$password\" | Out-Null",
            "Server=sql01;Database=Orders;User Id=sa;Password=password;",
            "driver={SQL Server};server=(#{datastore['DBHOST']});uid=#{datastore['DBUID']};pwd=#{datastore['DBPASSWORD']}",
            "def login(self, user = \"\", password = \"\", domain = \"\"):",
            "String url = \"jdbc:msf:sql://127.0.0.1:8080/sample\";\nString userid = \"userid\";\nString password = \"password\";",
            "sb.append(\"MasterUserPassword: \" + getMasterUserPassword() + \",\");",
            "IAMUserChangePassword = \"arn:aws:iam::aws:policy/IAMUserChangePassword\"",
            "<add key=\"PasswordLength\" value=\"16\"/>",
            "new NetworkCredential(\"user\", \"password\")",
            "commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 and sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "std::vector<std::string> names; auto x = ns::value::compute();",
            "server->user = \"anonymous\";\nserver->password = \"busybox@\";",
            "\\$user = \\$_POST[\\\"username\\\"];\n\\$pwd = \\$_POST[\\\"password\\\"];",
            "set password to \"********\" in your config",
            "The password reset flow is broken for SSO users.",
            "password_last_used = \"not_supported\"",
            "AttributeOID.CHALLENGE_PASSWORD: \"challengePassword\",",
            "password = utf8_to_utf16_dup(v);",
            "i_pwd='define'",
            "key_password=\"keyfile_password\"",
            ">>> auth = HTTPBasicAuth('ops@acme.io', 'not_a_real_password')",
            "db:\n  password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n",
            "MasterUserPassword: !GetAtt DbSecret.Password",
            "password: arn:aws:secretsmanager:us-east-1:123456789012:secret:prod-db-AbCdEf",
            "DB_PASSWORD=op://prod/db/password",
            "openssl rsa -in key.pem -passin env:KEY_PASSPHRASE -out plain.pem",
    })
    void placeholdersReferencesCodeAndProseStayClean(String text) {
        assertThat(secrets(text)).as(text).isEmpty();
    }

    @Test
    void aWeakPasswordUnderAJsonFieldNamedPasswordIsReportedWithLowConfidence() {
        List<Finding> weak = DETECTOR.detect(new ScanField("password", FieldLocation.BODY, "password", "Pass12!"));
        List<Finding> word = DETECTOR.detect(new ScanField("password", FieldLocation.BODY, "password", "rotated"));

        assertThat(weak).extracting(Finding::confidence).containsExactly(WEAK);
        assertThat(word).isEmpty();
    }

    @Test
    void reportsTheBase64DataValuesOfAKubernetesSecretManifest() {
        String password = base64("Zt6pR2mQx9VkLw4n");
        String weak = base64("password123");
        String token = base64("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");
        String manifest = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: app-credentials
                type: Opaque
                data:
                  username: %s
                  password: %s
                  # rotated quarterly
                  legacy-password: %s
                  github-token: "%s"
                  placeholder: %s
                  ca.crt: %s
                ---
                apiVersion: v1
                kind: ConfigMap
                data:
                  mode: %s
                """.formatted(base64("app"), password, weak, token, base64("changeme"), base64("not really a cert"),
                base64("Qm8vT2xLr5kWz3pK"));

        List<Finding> findings = detect(manifest);

        assertThat(findings).extracting(f -> manifest.substring(f.start(), f.end()), Finding::entityType, Finding::confidence)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(password, "GENERIC_SECRET", KubernetesSecretRule.CONFIDENCE),
                        org.assertj.core.groups.Tuple.tuple(weak, "GENERIC_SECRET", KubernetesSecretRule.CONFIDENCE),
                        org.assertj.core.groups.Tuple.tuple(token, "GITHUB_TOKEN", 0.99));
    }

    @Test
    void readsAJsonKubernetesSecretToo() {
        String password = base64("Zt6pR2mQx9VkLw4n");
        String json = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"db\"},\"data\":{\"namespace\":\""
                + base64("default") + "\",\"db-password\":\"" + password + "\"}}";

        assertThat(secrets(json)).containsExactly(password);
    }

    @Test
    void dataOutsideASecretIsNotReadAsASecret() {
        String configMap = "apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: " + base64("Zt6pR2mQx9VkLw4n") + "\n"
                + "---\nkind: Secret\nmetadata:\n  name: empty\n";

        assertThat(detect(configMap)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$1$Qx7pLm2a$vstI6d4B3sQzhSbmzfL3j/",
            "$2y$10$uDjU03dkUcwnG/HTFDr8shaTXIJv5TJPki4u.YmRZfz7A1z3rMP25",
            "$5$rounds=5000$Hq2mV9xL4pT7sR1n$t68pYJZDE0CHrWTfR.rLcCQwN/sMNNrG7p6h8yGPtP9",
            "$y$j9T$cKR73YLPWR1dC/Vie7qGEr$Dw0l08DDU/pqfGExsA/7SXhG0DMMa5Abo/SWJAYdFHR",
    })
    void findsCryptFormatPasswordHashes(String hash) {
        String line = "admin:" + hash + ":19700:0:99999:7:::";

        assertThat(detect(line)).extracting(f -> line.substring(f.start(), f.end()), Finding::entityType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hash, "PASSWORD_HASH"));
    }

    @Test
    void anOversizedFieldOfAssignmentsIsScannedWithoutError() {
        String text = ("password" + " ".repeat(40) + "= ").repeat(5_000) + "x";

        assertThat(detect(text)).isEmpty();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
