package io.pecflow.engine.offset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    @Test
    void shouldCommitOnlyBelowTheOldestOpenRecord() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.opened(10);
        tracker.passed(11);
        tracker.opened(12);

        assertThat(tracker.committable()).isEqualTo(10);
        tracker.finished(12);
        assertThat(tracker.committable()).isEqualTo(10);
        tracker.finished(10);
        assertThat(tracker.committable()).isEqualTo(13);
    }

    @Test
    void shouldNotKnowACommitPointBeforeReadingAnything() {
        assertThat(new OffsetTracker().started()).isFalse();
    }

    @Test
    void shouldStaySmallOverAMillionFinishedRecords() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.opened(0);
        for (long offset = 1; offset < 1_000_000; offset++) {
            tracker.opened(offset);
            tracker.finished(offset);
        }

        assertThat(tracker.committable()).isZero();
        assertThat(tracker.openCount()).isEqualTo(1);
        tracker.finished(0);
        assertThat(tracker.committable()).isEqualTo(1_000_000);
    }
}
