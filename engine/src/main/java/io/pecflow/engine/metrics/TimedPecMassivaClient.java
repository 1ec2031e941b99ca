package io.pecflow.engine.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.InboxMessage;
import io.pecflow.adapter.massiva.InboxPage;
import io.pecflow.adapter.massiva.InboxQuery;
import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.adapter.massiva.MailboxQuota;
import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.PecMassivaClient;
import io.pecflow.adapter.massiva.SendOutcome;
import io.pecflow.adapter.massiva.SendRequest;
import io.pecflow.adapter.massiva.SendingReceipts;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times every call to the provider ({@code pec.provider.calls{call, outcome}}), around the real
 * client. Thread-safe like the client it wraps.
 */
public final class TimedPecMassivaClient implements PecMassivaClient {

    private final PecMassivaClient client;
    private final MeterRegistry registry;
    private final ProviderStatus status;
    private final java.time.Clock wallClock;

    /** @param status told whether each call got an answer from the provider */
    public TimedPecMassivaClient(PecMassivaClient client, MeterRegistry registry, ProviderStatus status,
                                 java.time.Clock wallClock) {
        this.client = client;
        this.registry = registry;
        this.status = status;
        this.wallClock = wallClock;
    }

    @Override
    public SendOutcome send(SendRequest request, MailboxCredentials mailbox) {
        return timed("send", () -> client.send(request, mailbox), outcome -> outcome.getClass().getSimpleName());
    }

    @Override
    public CallOutcome<SendingReceipts> sendingReceipts(MessageCode code, MailboxCredentials mailbox) {
        return timed("sending_receipts", () -> client.sendingReceipts(code, mailbox), TimedPecMassivaClient::outcome);
    }

    @Override
    public CallOutcome<String> deleteSendingReceipts(MessageCode code, MailboxCredentials mailbox) {
        return timed("delete_sending_receipts", () -> client.deleteSendingReceipts(code, mailbox),
                TimedPecMassivaClient::outcome);
    }

    @Override
    public CallOutcome<InboxPage> inbox(InboxQuery query, MailboxCredentials mailbox) {
        return timed("inbox", () -> client.inbox(query, mailbox), TimedPecMassivaClient::outcome);
    }

    @Override
    public CallOutcome<InboxMessage> inboxMessage(long id, MailboxCredentials mailbox) {
        return timed("inbox_message", () -> client.inboxMessage(id, mailbox), TimedPecMassivaClient::outcome);
    }

    @Override
    public CallOutcome<String> deleteInboxMessage(long id, MailboxCredentials mailbox) {
        return timed("delete_inbox_message", () -> client.deleteInboxMessage(id, mailbox), TimedPecMassivaClient::outcome);
    }

    @Override
    public CallOutcome<MailboxQuota> quota(String folder, MailboxCredentials mailbox) {
        return timed("quota", () -> client.quota(folder, mailbox), TimedPecMassivaClient::outcome);
    }

    @Override
    public void close() {
        client.close();
    }

    private <T> T timed(String call, Supplier<T> body, Function<T, String> outcome) {
        long started = System.nanoTime();
        T result = body.get();
        String name = outcome.apply(result);
        if (name.equals("Unreachable") || name.equals("ServerError") || name.equals("NotSent") || name.equals("Ambiguous")) {
            status.failed(wallClock.instant(), name);
        } else {
            status.answered(wallClock.instant());
        }
        Timer.builder(MetricNames.PROVIDER_CALLS).description("Provider calls, by call and outcome")
                .tag("call", call).tag("outcome", name.toLowerCase(Locale.ROOT))
                .publishPercentileHistogram().register(registry)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        return result;
    }

    private static String outcome(CallOutcome<?> outcome) {
        return outcome.getClass().getSimpleName();
    }
}
