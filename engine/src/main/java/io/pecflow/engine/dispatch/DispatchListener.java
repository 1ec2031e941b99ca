package io.pecflow.engine.dispatch;

import io.pecflow.engine.event.EventType;

/** What the dispatch tells the outside (metrics, logs); a binder turns it into meters. Called on the dispatch thread. */
public interface DispatchListener {

    /** An event was staged. */
    default void event(EventType type, String mailbox) {
    }

    /** A mailbox was suspended (true) or resumed (false). */
    default void suspended(String mailbox, boolean suspended) {
    }

    /** A send waited this long for its mailbox's pace before it could start. */
    default void pacingWait(String mailbox, java.time.Duration waited) {
    }

    /** Where a mailbox stands, about once a second. */
    default void mailbox(MailboxFigures figures) {
    }

    /**
     * A mailbox's backlog and quota, for gauges.
     *
     * @param ready      sends waiting only for their turn
     * @param parked     sends waiting for a time (notBefore, back-off), the quota or a suspended mailbox
     * @param usedDay    recipients sent today (the quota calendar's day)
     * @param limitDay   the daily quota, 0 when none
     * @param usedMonth  recipients sent this month
     * @param limitMonth the monthly quota, 0 when none
     */
    record MailboxFigures(String mailbox, long ready, long parked, long usedDay, long limitDay, long usedMonth,
                          long limitMonth) {
    }

    DispatchListener NONE = new DispatchListener() {
    };
}
