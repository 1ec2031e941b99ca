package io.pecflow.engine.resolve;

import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.adapter.trovapec.TaxCode;
import io.pecflow.adapter.trovapec.TrovaPecClient;
import io.pecflow.adapter.trovapec.TrovaPecToken;
import io.pecflow.adapter.trovapec.Unreachable;
import io.pecflow.engine.calls.CallQueue;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the resolve stage's provider calls, each {@link ResolveCall} on its own virtual thread,
 * and hands the answers back through a queue; {@code onAnswer} wakes the resolve thread. A client
 * the engine has no credentials for is absent: the {@link Resolver} never asks for its calls.
 * Thread-safe.
 */
public final class ResolveCalls implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResolveCalls.class);

    private final Optional<TrovaPecClient> trovaPec;
    private final Optional<PecApiClient> pecApi;
    private final CallQueue<ResolveAnswer> calls;

    public ResolveCalls(Optional<TrovaPecClient> trovaPec, Optional<PecApiClient> pecApi, Runnable onAnswer) {
        this.trovaPec = trovaPec;
        this.pecApi = pecApi;
        this.calls = new CallQueue<>("pecflow-resolve-call-", onAnswer);
    }

    public void start(ResolveCall call) {
        calls.start(() -> answer(call), bug -> {
            LOG.error("Unexpected failure of the resolve call {}", call.getClass().getSimpleName(), bug);
            return failed(call, "unexpected engine failure: " + bug.getClass().getSimpleName());
        });
    }

    public ResolveAnswer nextAnswer() {
        return calls.next();
    }

    public int inFlight() {
        return calls.inFlight();
    }

    private ResolveAnswer answer(ResolveCall call) {
        return switch (call) {
            case ResolveCall.RequestLookup request -> new ResolveAnswer.Requested(request.taxCode(),
                    trovaPec().request(TaxCode.of(request.taxCode())));
            case ResolveCall.PollLookup poll -> new ResolveAnswer.Polled(poll.taxCode(), poll.token(),
                    trovaPec().poll(TrovaPecToken.of(poll.token())));
            case ResolveCall.DeleteLookup delete -> new ResolveAnswer.Deleted(delete.taxCode(),
                    trovaPec().delete(TaxCode.of(delete.taxCode())));
            case ResolveCall.CheckDomain check -> new ResolveAnswer.DomainChecked(check.domain(),
                    pecApi.orElseThrow(() -> new IllegalStateException("no PEC API client")).checkDomain(check.domain()));
        };
    }

    private TrovaPecClient trovaPec() {
        return trovaPec.orElseThrow(() -> new IllegalStateException("no TrovaPEC client"));
    }

    private static ResolveAnswer failed(ResolveCall call, String why) {
        Unreachable unreachable = new Unreachable(why);
        return switch (call) {
            case ResolveCall.RequestLookup request -> new ResolveAnswer.Requested(request.taxCode(), unreachable);
            case ResolveCall.PollLookup poll -> new ResolveAnswer.Polled(poll.taxCode(), poll.token(), unreachable);
            case ResolveCall.DeleteLookup delete -> new ResolveAnswer.Deleted(delete.taxCode(), unreachable);
            case ResolveCall.CheckDomain check -> new ResolveAnswer.DomainChecked(check.domain(),
                    new PecApiOutcome.Unreachable<>(why, false));
        };
    }

    /** Waits briefly for calls still on the wire; their answers are dropped (the calls are made again later). */
    @Override
    public void close() {
        calls.close();
    }
}
