package io.pecflow.engine.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class JobLimitsTest {

    @Test
    void shouldHaveTheDocumentedDefaults() {
        assertThat(JobLimits.defaults()).isEqualTo(new JobLimits(500, 10 * 1_048_576L, 30 * 1_048_576L,
                30 * 1_048_576L, 30 * 1_048_576L, 500, 32, 64, 1024));
    }

    @Test
    void shouldRejectALimitThatIsNotPositiveNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JobLimits(500, 10, 30, 30, 30, 0, 32, 64, 1024))
                .withMessage("maxRecipients must be positive, got 0");
    }

    @Test
    void shouldRejectAnAttachmentLimitAboveTheTotalNamingBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JobLimits(500, 10, 40, 30, 30, 5, 32, 64, 1024))
                .withMessageContaining("maxAttachmentBytes (40) must not exceed maxTotalBytes (30)");
    }

    @Test
    void shouldRejectABodyLimitAboveTheTotalNamingBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JobLimits(500, 31, 30, 30, 30, 5, 32, 64, 1024))
                .withMessageContaining("maxBodyBytes (31) must not exceed maxTotalBytes (30)");
    }
}
