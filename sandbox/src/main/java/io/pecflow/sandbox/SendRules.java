package io.pecflow.sandbox;

import java.time.Instant;

/** What a {@link Mailbox} asks of the sandbox while it accepts a send under its lock. */
interface SendRules {

    boolean enforceLimits();

    /** A pending {@code failNext} or a draw under the error rate. */
    boolean injectFailure();

    String nextCode(Instant now);

    /** The receipts of a sending, or an empty plan when receipts are off. */
    ReceiptPlanner.Plan plan(Sending sending);

    boolean loseResponse();
}
