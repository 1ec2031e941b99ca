package io.pecflow.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void shouldGiveTheSameIdForTheSameParts() {
        assertThat(EventIds.of("job-1", "SUBMITTED", "part-0")).isEqualTo(EventIds.of("job-1", "SUBMITTED", "part-0"));
    }

    @Test
    void shouldGiveTheIdItGaveInEarlierVersions() {
        // Ids already published must not change: consumers drop repeats by them.
        assertThat(EventIds.of("acme-2026-11-bill-0042", "ACCEPTED", "1187"))
                .isEqualTo("e812b73b-b800-3cd5-a11d-5d552ecada06");
    }

    @Test
    void shouldGiveDifferentIdsForDifferentParts() {
        assertThat(EventIds.of("job-1", "SUBMITTED", "part-0"))
                .isNotEqualTo(EventIds.of("job-1", "SUBMITTED", "part-1"))
                .isNotEqualTo(EventIds.of("job-2", "SUBMITTED", "part-0"))
                .isNotEqualTo(EventIds.of("job-1", "FAILED", "part-0"))
                .isNotEqualTo(EventIds.of("job-1", "part-0", "SUBMITTED"));
    }

    @Test
    void shouldNotMixUpPartsThatJoinToTheSameText() {
        assertThat(EventIds.of("a:b", "c")).isNotEqualTo(EventIds.of("a", "b:c"));
        assertThat(EventIds.of("a|1:b")).isNotEqualTo(EventIds.of("a", "b"));
        assertThat(EventIds.of("ab", "")).isNotEqualTo(EventIds.of("a", "b"));
        assertThat(EventIds.of("ab")).isNotEqualTo(EventIds.of("ab", ""));
    }

    @Test
    void shouldGiveANameBasedUuid() {
        UUID id = UUID.fromString(EventIds.of("job-1", "ACCEPTED"));

        assertThat(id.version()).isEqualTo(3);
        assertThat(id.toString()).isEqualTo(EventIds.of("job-1", "ACCEPTED"));
    }

    @Test
    void shouldRefuseNoPartsOrANullPart() {
        assertThatIllegalArgumentException().isThrownBy(EventIds::of);
        assertThatNullPointerException().isThrownBy(() -> EventIds.of("job-1", null));
    }
}
