package io.pecflow.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignTallyTest {

    private final CampaignTally tally = new CampaignTally("bills");
    private int eventNumber;

    private boolean event(String type, String jobId, String mailbox, String recipient) {
        return tally.accept(new JobEvent("e" + eventNumber++, type, jobId, Optional.of("bills"),
                Optional.ofNullable(mailbox), Optional.ofNullable(recipient)));
    }

    @Test
    void shouldCountEachMailboxsJobsAndRecipientsByState() {
        event("ACCEPTED", "j1", "a@pecmassiva.com", null);
        event("SUBMITTED", "j1", "a@pecmassiva.com", "x@pec.it");
        event("SUBMITTED", "j1", "a@pecmassiva.com", "y@pec.it");
        event("DELIVERED", "j1", "a@pecmassiva.com", "x@pec.it");
        event("NOT_DELIVERED", "j1", "a@pecmassiva.com", "y@pec.it");
        event("SETTLED", "j1", "a@pecmassiva.com", null);
        event("ACCEPTED", "j2", "b@pecmassiva.com", null);
        event("FAILED", "j2", "b@pecmassiva.com", "z@pec.it");
        event("REJECTED", "j3", null, null);

        assertThat(tally.jobs()).isEqualTo(3);
        assertThat(tally.finished()).isEqualTo(2);
        assertThat(tally.mailboxes()).containsExactly(
                new MailboxProgress(CampaignTally.NO_MAILBOX, 1, 0, 0, 0, 0, 1, 0, 1),
                new MailboxProgress("a@pecmassiva.com", 1, 2, 1, 1, 0, 0, 0, 1),
                new MailboxProgress("b@pecmassiva.com", 1, 0, 0, 0, 0, 1, 0, 0));
        assertThat(tally.total()).isEqualTo(new MailboxProgress("total", 3, 2, 1, 1, 0, 2, 0, 2));
    }

    @Test
    void shouldKeepAJobGoingWhenOnlyOneRecipientOrTaxCodeIsLeftOut() {
        event("ACCEPTED", "j1", "a@pecmassiva.com", null);
        event("REJECTED", "j1", "a@pecmassiva.com", "x@gmail.com");
        event("NOT_RESOLVED", "j1", "a@pecmassiva.com", null);
        event("RESOLVED", "j1", "a@pecmassiva.com", "y@pec.it");
        event("SUBMITTED", "j1", "a@pecmassiva.com", "y@pec.it");

        assertThat(tally.finished()).isZero();
        assertThat(tally.total()).isEqualTo(new MailboxProgress("total", 1, 1, 0, 0, 0, 2, 0, 0));

        event("DELIVERED", "j1", "a@pecmassiva.com", "y@pec.it");
        event("SETTLED", "j1", "a@pecmassiva.com", null);

        assertThat(tally.finished()).isEqualTo(1);
    }

    @Test
    void shouldCountAnEventOnceHoweverOftenItIsRead() {
        JobEvent settled = new JobEvent("same", "SETTLED", "j1", Optional.of("bills"), Optional.of("a@pecmassiva.com"),
                Optional.empty());

        assertThat(tally.accept(settled)).isTrue();
        assertThat(tally.accept(settled)).isFalse();
        assertThat(tally.finished()).isEqualTo(1);
    }

    @Test
    void shouldIgnoreOtherCampaignsDuplicatesAndMailboxEvents() {
        assertThat(tally.accept(new JobEvent("o", "ACCEPTED", "j9", Optional.of("other"), Optional.empty(),
                Optional.empty()))).isFalse();
        assertThat(tally.accept(new JobEvent("n", "ACCEPTED", "j9", Optional.empty(), Optional.empty(),
                Optional.empty()))).isFalse();
        assertThat(event("DUPLICATE", "j1", "a@pecmassiva.com", null)).isFalse();
        assertThat(event("MAILBOX_STORAGE_HIGH", "", "a@pecmassiva.com", null)).isFalse();
        assertThat(tally.jobs()).isZero();
    }

    @Test
    void shouldNoLongerCountAnAmbiguousSendOnceItIsRecovered() {
        event("AMBIGUOUS", "j1", "a@pecmassiva.com", "x@pec.it");
        assertThat(tally.total().ambiguous()).isEqualTo(1);

        event("SUBMITTED", "j1", "a@pecmassiva.com", "x@pec.it");

        assertThat(tally.total().ambiguous()).isZero();
        assertThat(tally.total().submitted()).isEqualTo(1);
    }

    @Test
    void shouldReadTheFieldsItCountsFromAnEventAndIgnoreTheRest() {
        byte[] json = """
                {"eventId":"f0","jobId":"j1","campaignId":"bills","mailbox":"a@pecmassiva.com","type":"DELIVERED",
                 "recipient":"x@pec.it","at":"2026-11-23T08:00:21.733Z","receiptKind":"DELIVERY","future":{"x":1}}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(JobEvent.parse(json)).contains(new JobEvent("f0", "DELIVERED", "j1", Optional.of("bills"),
                Optional.of("a@pecmassiva.com"), Optional.of("x@pec.it")));
        assertThat(JobEvent.parse("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
        assertThat(JobEvent.parse(null)).isEmpty();
    }
}
