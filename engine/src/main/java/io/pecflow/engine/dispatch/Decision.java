package io.pecflow.engine.dispatch;

import java.time.Duration;
import java.util.Objects;

/** What the dispatch does after one send's outcome; see {@link OutcomePolicy}. */
public sealed interface Decision {

    /** The provider took it: record the code. */
    record Submitted(String messageCode) implements Decision {
        public Submitted {
            Objects.requireNonNull(messageCode, "messageCode");
        }
    }

    /** Try again after {@code delay}. */
    record Retry(Duration delay, String reason) implements Decision {
    }

    /** Give up: final failure. */
    record Fail(String reason) implements Decision {
    }

    /** The mailbox's credentials were refused: hold all its sends (none is failed) until it works again. */
    record Suspend(String reason) implements Decision {
    }

    /** The provider says the mailbox's quota is spent: wait for the next day (or month). */
    record QuotaSpent(boolean monthly, String reason) implements Decision {
    }

    /** May or may not have been sent: leave it for a person (never resent blindly). */
    record Ambiguous(String reason) implements Decision {
    }
}
