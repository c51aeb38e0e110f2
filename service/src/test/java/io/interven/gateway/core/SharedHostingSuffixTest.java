package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The private section of the Public Suffix List, as Guava keeps it, decides which hosts are rented names. */
class SharedHostingSuffixTest {

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(value = {
        "attacker-logs.s3.amazonaws.com | s3.amazonaws.com",
        "s3.amazonaws.com | s3.amazonaws.com",
        "bucket.s3.us-east-2.amazonaws.com | s3.us-east-2.amazonaws.com",
        "x.execute-api.us-east-1.amazonaws.com | execute-api.us-east-1.amazonaws.com",
        "ec2-1-2-3-4.compute-1.amazonaws.com | ec2-1-2-3-4.compute-1.amazonaws.com",
        "sts.us-east-1.amazonaws.com | us-east-1.amazonaws.com",
        "x.lambda-url.us-east-1.on.aws | lambda-url.us-east-1.on.aws",
        "d111111abcdef8.cloudfront.net | cloudfront.net",
        "app.herokuapp.com | herokuapp.com",
        "app.azurewebsites.net | azurewebsites.net",
        "acct.blob.core.windows.net | blob.core.windows.net",
        "w.acme.workers.dev | workers.dev",
        "acme.github.io | github.io",
        "raw.githubusercontent.com | githubusercontent.com",
        "project.appspot.com | appspot.com",
        "gmail.googleapis.com | googleapis.com",
        "shop.myshopify.com | myshopify.com",
        "site.vercel.app | vercel.app",
        "site.netlify.app | netlify.app",
        "sts.amazonaws.com | ''",
        "iam.amazonaws.com | ''",
        "dynamodb.eu-west-1.amazonaws.com | ''",
        "api.github.com | ''",
        "hooks.slack.com | ''",
        "acme.atlassian.net | ''",
        "api.stripe.com | ''",
        "localhost | ''",
        "127.0.0.1 | ''",
        "[::1] | ''",
    }, delimiter = '|')
    void aHostUnderThePrivateSectionIsRented(String host, String suffix) {
        assertThat(SharedHostingSuffix.of(host)).isEqualTo(suffix);
    }

    @ParameterizedTest
    @CsvSource({"a_b-.example.com", "-bad.example.com"})
    void aNameTheListCannotClassifyIsItsOwnSuffix(String host) {
        assertThat(SharedHostingSuffix.of(host)).isEqualTo(host);
    }

    @org.junit.jupiter.api.Test
    void aHostTooLongForTheListIsItsOwnSuffix() {
        String host = "a".repeat(70) + ".s3.amazonaws.com";

        assertThat(SharedHostingSuffix.of(host)).isEqualTo(host);
    }

    @Test
    void aKeptAnswerIsTheListsAndMadeUpHostsDoNotGrowTheKeptOnesPastTheBound() {
        for (int round = 0; round < 2; round++) { // the second round reads the kept answers
            assertThat(SharedHostingSuffix.of("bucket.s3.amazonaws.com")).isEqualTo("s3.amazonaws.com");
            assertThat(SharedHostingSuffix.of("api.github.com")).isEmpty();
            assertThat(SharedHostingSuffix.of("10.0.0.1")).isEmpty();
        }
        for (int i = 0; i < SharedHostingSuffix.HOSTS_KEPT + 50; i++) {
            assertThat(SharedHostingSuffix.of("h" + i + ".herokuapp.com")).isEqualTo("herokuapp.com");
            assertThat(SharedHostingSuffix.hostsKept()).isLessThanOrEqualTo(SharedHostingSuffix.HOSTS_KEPT);
        }
        assertThat(SharedHostingSuffix.of("bucket.s3.amazonaws.com")).isEqualTo("s3.amazonaws.com");
    }

    @Test
    void aTextLongerThanAHostNameIsClassifiedButNotKept() {
        String longHost = "a".repeat(5_000) + ".herokuapp.com";
        int kept = SharedHostingSuffix.hostsKept();
        assertThat(SharedHostingSuffix.of(longHost)).isEqualTo(longHost); // unclassifiable: its own suffix
        assertThat(SharedHostingSuffix.hostsKept()).isEqualTo(kept);
    }
}
