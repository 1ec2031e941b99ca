package io.pecflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.SendOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class OutcomePolicyTest {

    private final RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), 2.0, 0.0);
    private final OutcomePolicy park = new OutcomePolicy(retry, OutcomePolicy.AmbiguousPolicy.PARK, RandomGenerator.of("L64X128MixRandom"));

    @Test
    void shouldRecordTheCodeOfASentMessage() {
        assertThat(park.decide(new SendOutcome.Sent(MessageCode.of("2020082610003492"), 1), 1))
                .isEqualTo(new Decision.Submitted("2020082610003492"));
    }

    @Test
    void shouldFailARejectedMessageWithTheProvidersWords() {
        assertThat(park.decide(new SendOutcome.Rejected(400, "Post parameter is not valid"), 1))
                .isInstanceOfSatisfying(Decision.Fail.class,
                        fail -> assertThat(fail.reason()).contains("Post parameter is not valid"));
    }

    @Test
    void shouldSuspendTheMailboxOnRefusedCredentials() {
        assertThat(park.decide(new SendOutcome.Unauthorized("Authorization is not valid or empty"), 1))
                .isInstanceOf(Decision.Suspend.class);
    }

    @Test
    void shouldRetryServerErrorsWithGrowingWaitsThenFail() {
        SendOutcome error = new SendOutcome.ServerError(500, "MySQL Error 2006");

        assertThat(park.decide(error, 1)).isEqualTo(new Decision.Retry(Duration.ofSeconds(1), "provider error 500: MySQL Error 2006"));
        assertThat(park.decide(error, 2)).isEqualTo(new Decision.Retry(Duration.ofSeconds(2), "provider error 500: MySQL Error 2006"));
        assertThat(park.decide(error, 3)).isInstanceOfSatisfying(Decision.Fail.class,
                fail -> assertThat(fail.reason()).startsWith("gave up after 3 attempts"));
    }

    @Test
    void shouldWaitAtLeastAsLongAsTheProviderAsks() {
        assertThat(park.decide(new SendOutcome.Throttled("Too many requests", Optional.of(Duration.ofSeconds(7))), 1))
                .isInstanceOfSatisfying(Decision.Retry.class, retryIt -> assertThat(retryIt.delay()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void shouldTreatAQuotaRefusalAsWaitingForTheNextPeriodNotAsAFailure() {
        assertThat(park.decide(new SendOutcome.Throttled("Daily quota exceeded", Optional.empty()), 1))
                .isEqualTo(new Decision.QuotaSpent(false, "the provider says: Daily quota exceeded"));
        assertThat(park.decide(new SendOutcome.Throttled("Monthly quota exceeded", Optional.empty()), 1))
                .isInstanceOfSatisfying(Decision.QuotaSpent.class, spent -> assertThat(spent.monthly()).isTrue());
    }

    @Test
    void shouldNeverResendAnAmbiguousSendUnlessTheOperatorChoseTo() {
        SendOutcome lost = new SendOutcome.Ambiguous("connection closed");
        OutcomePolicy resend = new OutcomePolicy(retry, OutcomePolicy.AmbiguousPolicy.RESEND, RandomGenerator.of("L64X128MixRandom"));

        assertThat(park.decide(lost, 1)).isInstanceOf(Decision.Ambiguous.class);
        assertThat(resend.decide(lost, 1)).isInstanceOf(Decision.Retry.class);
    }

    @Test
    void shouldRetryWhatNeverReachedTheProvider() {
        assertThat(park.decide(new SendOutcome.NotSent("connection refused"), 1)).isInstanceOf(Decision.Retry.class);
    }
}
