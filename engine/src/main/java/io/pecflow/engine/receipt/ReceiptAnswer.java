package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.MailboxQuota;
import io.pecflow.adapter.massiva.Receipt;
import io.pecflow.adapter.massiva.SendingReceipts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a {@link ReceiptCall} brought back. */
public sealed interface ReceiptAnswer {

    ReceiptCall call();

    /** @return how many provider calls it took */
    int calls();

    /** @return why it failed, when it did (nothing was learnt) */
    Optional<String> failure();

    /** 404 means "nothing there": no receipts yet, or nothing left to delete; anything else but 2xx failed. */
    private static Optional<String> failureUnlessFound(CallOutcome<?> outcome) {
        return outcome instanceof CallOutcome.Ok<?> || outcome instanceof CallOutcome.NotFound<?> ? Optional.empty()
                : Optional.of(outcome.toString());
    }

    record Fetched(ReceiptCall.FetchSending call, CallOutcome<SendingReceipts> outcome) implements ReceiptAnswer {
        @Override
        public int calls() {
            return 1;
        }

        @Override
        public Optional<String> failure() {
            return failureUnlessFound(outcome);
        }
    }

    /**
     * @param receipts the receipts newer than the call's {@code afterId}
     * @param complete every receipt newer than {@code afterId} was read (else the page limit stopped it)
     * @param newestId the highest inbox id seen (the next scan's {@code afterId})
     */
    record Scanned(ReceiptCall.ScanInbox call, List<Receipt> receipts, int calls, boolean complete, long newestId,
                   Optional<String> failure) implements ReceiptAnswer {
        public Scanned {
            receipts = List.copyOf(receipts);
        }
    }

    /**
     * @param found    the sending's code and when it was accepted, when the evidence was found
     * @param searched what was looked at, for the person who will decide otherwise
     */
    record Searched(ReceiptCall.SearchAcceptance call, Optional<Evidence> found, int calls, String searched,
                    Optional<String> failure) implements ReceiptAnswer {
    }

    /** An acceptance receipt that fits an AMBIGUOUS send. */
    record Evidence(String code, Instant acceptedAt) {
    }

    record Deleted(ReceiptCall.DeleteSending call, CallOutcome<String> outcome) implements ReceiptAnswer {
        @Override
        public int calls() {
            return 1;
        }

        /** 404 "Email not found": nothing left to delete, as good as done. */
        @Override
        public Optional<String> failure() {
            return failureUnlessFound(outcome);
        }
    }

    record StorageChecked(ReceiptCall.CheckStorage call, CallOutcome<MailboxQuota> outcome) implements ReceiptAnswer {
        @Override
        public int calls() {
            return 1;
        }

        @Override
        public Optional<String> failure() {
            return outcome instanceof CallOutcome.Ok<?> ? Optional.empty() : Optional.of(outcome.toString());
        }
    }
}
