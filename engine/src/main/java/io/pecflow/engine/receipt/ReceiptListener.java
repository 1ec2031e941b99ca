package io.pecflow.engine.receipt;

import io.pecflow.engine.event.EventType;
import java.time.Duration;

/** What the receipt tracker tells the outside (metrics); a binder turns it into meters. Dispatch thread only. */
public interface ReceiptListener {

    /** A receipt event was staged. */
    default void receiptEvent(EventType type, String mailbox) {
    }

    /** A recipient was delivered {@code after} its send. */
    default void delivered(String mailbox, Duration after) {
    }

    /** A provider call of the tracker ended ({@code call}: fetch, scan, search, delete, storage). */
    default void receiptCall(String call, String mailbox, int calls, boolean failed) {
    }

    /** A receipt that matches no tracked message, or whose kind is unknown. */
    default void unmatchedReceipt(String mailbox, boolean unknownKind) {
    }

    /** A mailbox's storage was read. */
    default void storage(String mailbox, double usedShare) {
    }

    /** How many messages await receipts on this instance, after each step. */
    default void awaiting(int messages) {
    }

    ReceiptListener NONE = new ReceiptListener() {
    };
}
