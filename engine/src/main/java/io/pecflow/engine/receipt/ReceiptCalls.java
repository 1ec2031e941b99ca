package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.InboxPage;
import io.pecflow.adapter.massiva.InboxQuery;
import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.PecMassivaClient;
import io.pecflow.adapter.massiva.Receipt;
import io.pecflow.adapter.massiva.ReceiptKind;
import io.pecflow.adapter.massiva.SendingReceipts;
import io.pecflow.engine.calls.CallQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Makes the receipt tracker's provider calls, each {@link ReceiptCall} on its own virtual thread,
 * and hands the answers back through a queue; {@code onAnswer} wakes the dispatch thread.
 * Thread-safe.
 */
public final class ReceiptCalls implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptCalls.class);

    private final PecMassivaClient client;
    private final CallQueue<ReceiptAnswer> calls;

    public ReceiptCalls(PecMassivaClient client, Runnable onAnswer) {
        this.client = client;
        this.calls = new CallQueue<>("pecflow-receipts-", onAnswer);
    }

    public void start(ReceiptCall call) {
        calls.start(() -> {
            MDC.put("mailbox", call.mailbox());
            try {
                return answer(call);
            } finally {
                MDC.clear();
            }
        }, bug -> {
            LOG.error("Unexpected failure of the receipt call {}", call.getClass().getSimpleName(), bug);
            return failed(call, "unexpected engine failure: " + bug.getClass().getSimpleName());
        });
    }

    public ReceiptAnswer nextAnswer() {
        return calls.next();
    }

    public int inFlight() {
        return calls.inFlight();
    }

    private ReceiptAnswer answer(ReceiptCall call) {
        return switch (call) {
            case ReceiptCall.FetchSending fetch -> new ReceiptAnswer.Fetched(fetch,
                    client.sendingReceipts(new MessageCode(fetch.code()), fetch.credentials()));
            case ReceiptCall.DeleteSending delete -> new ReceiptAnswer.Deleted(delete,
                    client.deleteSendingReceipts(new MessageCode(delete.code()), delete.credentials()));
            case ReceiptCall.CheckStorage check -> new ReceiptAnswer.StorageChecked(check, client.quota(check.credentials()));
            case ReceiptCall.ScanInbox scan -> scan(scan);
            case ReceiptCall.SearchAcceptance search -> search(search);
        };
    }

    private static ReceiptAnswer failed(ReceiptCall call, String why) {
        return switch (call) {
            case ReceiptCall.FetchSending fetch -> new ReceiptAnswer.Fetched(fetch, new CallOutcome.Unreachable<>(why));
            case ReceiptCall.DeleteSending delete -> new ReceiptAnswer.Deleted(delete, new CallOutcome.Unreachable<>(why));
            case ReceiptCall.CheckStorage check -> new ReceiptAnswer.StorageChecked(check, new CallOutcome.Unreachable<>(why));
            case ReceiptCall.ScanInbox scan -> new ReceiptAnswer.Scanned(scan, List.of(), 0, false, scan.afterId(),
                    Optional.of(why));
            case ReceiptCall.SearchAcceptance search -> new ReceiptAnswer.Searched(search, Optional.empty(), 0, "",
                    Optional.of(why));
        };
    }

    /** Newest first, down to the first receipt already seen; the inbox ids grow with arrival. */
    private ReceiptAnswer.Scanned scan(ReceiptCall.ScanInbox scan) {
        List<Receipt> found = new ArrayList<>();
        long newest = scan.afterId();
        int page = 1;
        for (; page <= scan.maxPages(); page++) {
            CallOutcome<InboxPage> answer = client.inbox(InboxQuery.page(page), scan.credentials());
            if (!(answer instanceof CallOutcome.Ok<InboxPage>(InboxPage items))) {
                return new ReceiptAnswer.Scanned(scan, found, page, false, scan.afterId(), Optional.of(answer.toString()));
            }
            boolean reachedSeen = false;
            for (Receipt item : items.items()) {
                long id = item.inboxId().orElse(Long.MAX_VALUE);
                if (id <= scan.afterId()) {
                    reachedSeen = true;
                } else {
                    found.add(item);
                    newest = Math.max(newest, id == Long.MAX_VALUE ? newest : id);
                }
            }
            if (reachedSeen || !items.hasNext()) {
                return new ReceiptAnswer.Scanned(scan, found, page, true, newest, Optional.empty());
            }
        }
        return new ReceiptAnswer.Scanned(scan, found, scan.maxPages(), false, newest, Optional.empty());
    }

    /** Acceptances of the subject dated within the window, of no known sending, naming every recipient. */
    private ReceiptAnswer.Searched search(ReceiptCall.SearchAcceptance search) {
        int calls = 0;
        List<String> candidates = new ArrayList<>();
        int page = 1;
        boolean more = true;
        while (more && calls < search.maxCalls()) {
            CallOutcome<InboxPage> answer = client.inbox(InboxQuery.search(search.subject(), page++), search.credentials());
            calls++;
            if (!(answer instanceof CallOutcome.Ok<InboxPage>(InboxPage items))) {
                return new ReceiptAnswer.Searched(search, Optional.empty(), calls, "", Optional.of(answer.toString()));
            }
            boolean older = false;
            for (Receipt item : items.items()) {
                Instant dated = item.date().orElse(null);
                older |= dated != null && dated.isBefore(search.from());
                if (item.kind() == ReceiptKind.ACCEPTANCE && dated != null && !dated.isBefore(search.from())
                        && !dated.isAfter(search.to()) && item.subject().originalSubject().equals(search.subject())
                        && item.code().isPresent() && !search.knownCodes().contains(item.code().get().value())
                        && !candidates.contains(item.code().get().value())) {
                    candidates.add(item.code().get().value());
                }
            }
            more = items.hasNext() && !older;
        }
        for (String code : candidates) {
            if (calls >= search.maxCalls()) {
                break;
            }
            CallOutcome<SendingReceipts> receipts = client.sendingReceipts(new MessageCode(code), search.credentials());
            calls++;
            if (receipts instanceof CallOutcome.Ok<SendingReceipts>(SendingReceipts items) && namesAll(items, search.recipients())) {
                Instant acceptedAt = items.ofKind(ReceiptKind.ACCEPTANCE).stream().flatMap(item -> item.date().stream())
                        .findFirst().orElse(search.from());
                return new ReceiptAnswer.Searched(search, Optional.of(new ReceiptAnswer.Evidence(code, acceptedAt)), calls,
                        describe(search, candidates), Optional.empty());
            }
        }
        return new ReceiptAnswer.Searched(search, Optional.empty(), calls, describe(search, candidates), Optional.empty());
    }

    private static boolean namesAll(SendingReceipts receipts, List<String> recipients) {
        String texts = receipts.items().stream().map(Receipt::text).reduce("", String::concat).toLowerCase(Locale.ROOT);
        return recipients.stream().allMatch(recipient -> texts.contains(recipient.toLowerCase(Locale.ROOT)));
    }

    private static String describe(ReceiptCall.SearchAcceptance search, List<String> candidates) {
        return "searched the inbox of " + search.mailbox() + " for an ACCETTAZIONE of \"" + search.subject()
                + "\" dated " + search.from() + " to " + search.to() + " naming " + String.join(", ", search.recipients())
                + "; sendings looked at: " + (candidates.isEmpty() ? "none" : String.join(", ", candidates));
    }

    /** Waits briefly for calls still on the wire; their answers are dropped (the calls are repeated later). */
    @Override
    public void close() {
        calls.close();
    }
}
