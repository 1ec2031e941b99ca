package io.pecflow.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.engine.ratelimit.QuotaUsage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartitionLedgerTest {

    private final PartitionLedger ledger = new PartitionLedger();
    private final StateRecordCodec codec = new StateRecordCodec();

    private void replay(StateRecord record) {
        ledger.apply(codec.read(codec.write(record)));
    }

    @Test
    void shouldRestoreAnAttemptWithoutOutcomeAsAttempting() {
        replay(new StateRecord.JobAccepted("j1", "a@pec.it", 7, 1));
        replay(new StateRecord.SendUpdate("j1", "a@pec.it", 7, 1, 0, SendState.ATTEMPTING, 1, Optional.empty()));

        assertThat(ledger.job("j1")).hasValueSatisfying(entry -> {
            assertThat(entry.state(0)).isEqualTo(SendState.ATTEMPTING);
            assertThat(entry.attempts(0)).isEqualTo(1);
        });
    }

    @Test
    void shouldKeepOnlyTheOffsetOfASettledJob() {
        replay(new StateRecord.JobAccepted("j1", "a@pec.it", 7, 2));
        replay(new StateRecord.SendUpdate("j1", "a@pec.it", 7, 2, 0, SendState.SUBMITTED, 1, Optional.of("2020")));
        assertThat(ledger.job("j1")).isPresent();
        replay(new StateRecord.SendUpdate("j1", "a@pec.it", 7, 2, 1, SendState.FAILED, 2, Optional.empty()));

        assertThat(ledger.job("j1")).isEmpty();
        assertThat(ledger.acceptedAt("j1")).contains(7L);
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void shouldNeverMoveASendBackFromAFinalState() {
        replay(new StateRecord.JobAccepted("j1", "a@pec.it", 7, 2));
        replay(new StateRecord.SendUpdate("j1", "a@pec.it", 7, 2, 0, SendState.SUBMITTED, 1, Optional.of("2020")));
        replay(new StateRecord.SendUpdate("j1", "a@pec.it", 7, 2, 0, SendState.QUEUED, 1, Optional.empty()));

        assertThat(ledger.job("j1").orElseThrow().state(0)).isEqualTo(SendState.SUBMITTED);
    }

    @Test
    void shouldIgnoreUpdatesOfAnotherCopyOfTheSameJobId() {
        replay(new StateRecord.JobAccepted("j1", "a@pec.it", 7, 1));
        replay(new StateRecord.SendUpdate("j1", "a@pec.it", 9, 1, 0, SendState.SUBMITTED, 1, Optional.of("2020")));

        assertThat(ledger.job("j1").orElseThrow().state(0)).isEqualTo(SendState.QUEUED);
    }

    @Test
    void shouldRestoreTheQuotaUsed() {
        QuotaUsage usage = new QuotaUsage(LocalDate.of(2026, 11, 23), 3_499, YearMonth.of(2026, 11), 12_000);
        replay(new StateRecord.QuotaUsed("a@pec.it", usage));

        assertThat(ledger.quota("a@pec.it")).contains(usage);
    }
}
