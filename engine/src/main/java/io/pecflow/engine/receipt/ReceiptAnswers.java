package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.MailboxQuota;
import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.Receipt;
import io.pecflow.adapter.massiva.ReceiptKind;
import io.pecflow.adapter.massiva.SendingReceipts;
import io.pecflow.engine.event.MailboxStorage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the receipt tracker learns from each answer of the provider. Dispatch thread only. */
final class ReceiptAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptTracker.class);

    private final PartitionReceipts receipts;
    private final ReceiptReader reader = new ReceiptReader();

    ReceiptAnswers(PartitionReceipts receipts) {
        this.receipts = receipts;
    }

    void take(ReceiptAnswer answer) {
        ReceiptCall call = answer.call();
        MailboxPoller poller = receipts.poller(call.mailbox());
        poller.inFlight--;
        poller.giveBack(call.budget() - answer.calls());
        receipts.listener.receiptCall(name(call), call.mailbox(), answer.calls(), answer.failure().isPresent());
        answer.failure().ifPresent(why -> LOG.warn("Receipt call {} of {} failed, to be made again: {}", name(call),
                call.mailbox(), why));
        Instant now = receipts.clock.now();
        switch (answer) {
            case ReceiptAnswer.Fetched fetched -> fetched(fetched, now);
            case ReceiptAnswer.Scanned scanned -> scanned(scanned, poller, now);
            case ReceiptAnswer.Searched searched -> searched(searched, now);
            case ReceiptAnswer.Deleted deleted -> deleted(deleted, now);
            case ReceiptAnswer.StorageChecked checked -> storage(checked, poller);
        }
    }

    private void fetched(ReceiptAnswer.Fetched fetched, Instant now) {
        String code = fetched.call().code();
        receipts.inFlight.remove(PartitionReceipts.Kind.FETCH + code);
        if (fetched.failure().isPresent()) {
            receipts.schedule(PartitionReceipts.Kind.FETCH, code, now.plus(PartitionReceipts.RETRY_AFTER));
            return;
        }
        SendingReceipts found = fetched.outcome() instanceof CallOutcome.Ok<SendingReceipts>(SendingReceipts items) ? items
                : new SendingReceipts(new MessageCode(code), List.of());
        apply(code, found, now);
        expireIfPastDeadline(code, now);
        receipts.scheduleNextFetch(code, now);
    }

    private void scanned(ReceiptAnswer.Scanned scanned, MailboxPoller poller, Instant now) {
        poller.scanInFlight = false;
        if (scanned.failure().isPresent()) {
            return;
        }
        if (scanned.complete()) {
            poller.seenId = Math.max(poller.seenId, scanned.newestId());
            poller.lastCompleteScanAt = poller.lastScanAt;
        } else if (scanned.call().maxPages() >= receipts.settings.inboxMaxPages()) {
            // More new receipts than a scan may read (say, a full inbox after a restart): go on from
            // the newest, and ask the sendings of older messages one by one.
            poller.seenId = Math.max(poller.seenId, scanned.newestId());
            poller.gapBefore = now;
            LOG.info("Inbox scan of {} stopped at its page limit: older messages are asked for one by one", poller.mailbox);
        }
        // else the budget cut it short: the next scan reads again from the same point, further.
        Map<String, List<Receipt>> byCode = new LinkedHashMap<>();
        for (Receipt item : scanned.receipts()) {
            String code = item.code().map(MessageCode::value).orElse("");
            if (item.kind() == ReceiptKind.UNKNOWN || receipts.jobOfCode(code).isEmpty()) {
                unmatched(poller.mailbox, item);
            } else {
                byCode.computeIfAbsent(code, key -> new java.util.ArrayList<>()).add(item);
            }
        }
        byCode.forEach((code, items) -> {
            boolean needsText = receipts.awaitingOf(code).size() > 1 || items.stream().anyMatch(item -> item.kind().isFailure());
            if (needsText) {
                receipts.detailWanted.add(code);
                receipts.schedule(PartitionReceipts.Kind.FETCH, code, now);
            } else {
                apply(code, new SendingReceipts(new MessageCode(code), items), now);
            }
        });
    }

    private void searched(ReceiptAnswer.Searched searched, Instant now) {
        ReceiptCall.SearchAcceptance call = searched.call();
        String key = PartitionReceipts.searchKey(call.jobId(), call.part());
        receipts.inFlight.remove(PartitionReceipts.Kind.SEARCH + key);
        JobReceipts job = receipts.jobs.get(call.jobId());
        if (job == null || job.messages().stream().noneMatch(message -> message.part() == call.part()
                && message.status() == DeliveryStatus.AMBIGUOUS)) {
            return;
        }
        boolean perRecipient = job.messages().stream().filter(message -> message.part() == call.part()).count() == 1;
        if (searched.found().isPresent()) {
            ReceiptAnswer.Evidence evidence = searched.found().get();
            LOG.info("AMBIGUOUS send {} part {} did leave: acceptance of sending {} found", call.jobId(), call.part(),
                    evidence.code());
            receipts.change(call.jobId(), message -> message.part() == call.part(),
                    message -> message.recovered(evidence.code(), evidence.acceptedAt()));
            receipts.jobs.get(call.jobId()).messages().stream().filter(message -> message.part() == call.part())
                    .forEach(message -> receipts.events.recovered(job, message, perRecipient));
            receipts.schedule(PartitionReceipts.Kind.FETCH, evidence.code(), now);
            return;
        }
        if (searched.failure().isPresent()) {
            receipts.schedule(PartitionReceipts.Kind.SEARCH, key, now.plus(receipts.settings.ambiguousSearchEvery()));
            return;
        }
        Instant attemptAt = job.messages().stream().filter(message -> message.part() == call.part()).findFirst()
                .orElseThrow().submittedAt();
        if (now.isBefore(attemptAt.plus(receipts.settings.ambiguousSearchWindow()))) {
            receipts.change(call.jobId(), message -> message.part() == call.part(), TrackedMessage::polled);
            receipts.schedule(PartitionReceipts.Kind.SEARCH, key, now.plus(receipts.settings.ambiguousSearchEvery()));
            return;
        }
        LOG.warn("AMBIGUOUS send {} part {}: no evidence it left; it needs a person. {}", call.jobId(), call.part(),
                searched.searched());
        job.messages().stream().filter(message -> message.part() == call.part())
                .forEach(message -> receipts.events.unresolved(job, message, perRecipient, searched.searched()));
        receipts.change(call.jobId(), message -> message.part() == call.part(),
                message -> message.moved(DeliveryStatus.UNRESOLVED));
    }

    private void deleted(ReceiptAnswer.Deleted deleted, Instant now) {
        String code = deleted.call().code();
        receipts.inFlight.remove(PartitionReceipts.Kind.DELETE + code);
        if (deleted.failure().isPresent()) {
            receipts.schedule(PartitionReceipts.Kind.DELETE, code, now.plus(PartitionReceipts.RETRY_AFTER));
            return;
        }
        receipts.jobOfCode(code).ifPresent(job -> receipts.change(job.jobId(),
                message -> message.messageCode().equals(code), TrackedMessage::cleanedUp));
    }

    private void storage(ReceiptAnswer.StorageChecked checked, MailboxPoller poller) {
        if (!(checked.outcome() instanceof CallOutcome.Ok<MailboxQuota>(MailboxQuota quota))) {
            return;
        }
        double share = quota.usedShare();
        receipts.listener.storage(poller.mailbox, share);
        double warnAt = receipts.settings.storageWarnShare();
        if (share >= warnAt && !poller.storageHigh) {
            poller.storageHigh = true;
            LOG.warn("Mailbox {} storage at {}% (warning from {}%): receipts are cleaned up as messages settle",
                    poller.mailbox, Math.round(share * 100), Math.round(warnAt * 100));
            receipts.events.storageHigh(poller.mailbox, new MailboxStorage(quota.usage(), quota.limit()),
                    receipts.clock.now().atOffset(ZoneOffset.UTC).toLocalDateTime().toString());
        } else if (share < warnAt * 0.9) {
            poller.storageHigh = false;
        }
    }

    /** Reads a sending's receipts into each of its awaiting recipients, forward only, publishing what is new. */
    private void apply(String code, SendingReceipts found, Instant now) {
        JobReceipts job = receipts.jobOfCode(code).orElse(null);
        if (job == null) {
            return;
        }
        JobReceipts updated = job;
        for (TrackedMessage message : receipts.awaitingOf(code)) {
            ReceiptReader.Reading reading = reader.read(message, found, now);
            reading.unknown().forEach(item -> unmatched(message.mailbox(), item));
            reading.facts().forEach(fact -> receipts.events.fact(job, reading.message(), fact));
            if (!reading.message().equals(message)) {
                updated = updated.changed(same(message), ignored -> reading.message());
            }
        }
        if (updated != job) {
            receipts.put(job, updated, true);
        }
    }

    private void expireIfPastDeadline(String code, Instant now) {
        receipts.jobOfCode(code).ifPresent(job -> {
            JobReceipts updated = job;
            for (TrackedMessage message : receipts.awaitingOf(code)) {
                var fact = reader.expire(message, receipts.settings.schedule(), now);
                if (fact.isPresent()) {
                    receipts.events.fact(job, message, fact.get());
                    updated = updated.changed(same(message), current -> current.moved(DeliveryStatus.NO_RECEIPT));
                }
            }
            if (updated != job) {
                receipts.put(job, updated, true);
            }
        });
    }

    private static java.util.function.Predicate<TrackedMessage> same(TrackedMessage message) {
        return candidate -> candidate.part() == message.part() && candidate.recipient().equals(message.recipient());
    }

    private void unmatched(String mailbox, Receipt item) {
        boolean unknownKind = item.kind() == ReceiptKind.UNKNOWN;
        receipts.listener.unmatchedReceipt(mailbox, unknownKind);
        LOG.info("{} receipt in {} set aside: {}", unknownKind ? "Unknown" : "Unmatched", mailbox, item);
    }

    private static String name(ReceiptCall call) {
        return switch (call) {
            case ReceiptCall.FetchSending fetch -> "fetch";
            case ReceiptCall.ScanInbox scan -> "scan";
            case ReceiptCall.SearchAcceptance search -> "search";
            case ReceiptCall.DeleteSending delete -> "delete";
            case ReceiptCall.CheckStorage check -> "storage";
        };
    }
}
