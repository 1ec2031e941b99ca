package io.pecflow.engine.resolve;

import io.pecflow.adapter.pec.DomainCheck;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.adapter.trovapec.DeleteOutcome;
import io.pecflow.adapter.trovapec.PollOutcome;
import io.pecflow.adapter.trovapec.RequestOutcome;
import java.util.Objects;

/** What a {@link ResolveCall} came back with, as the provider client gave it. Immutable values. */
public sealed interface ResolveAnswer {

    /** @return the call's name for metrics: {@code trovapec_request}, {@code trovapec_poll}, ... */
    String call();

    /** @return whether the call gave no usable answer (the provider down, refusing or unreadable) */
    boolean failed();

    /** The answer to {@link ResolveCall.RequestLookup}. */
    record Requested(String taxCode, RequestOutcome outcome) implements ResolveAnswer {
        public Requested {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String call() {
            return "trovapec_request";
        }

        @Override
        public boolean failed() {
            return !(outcome instanceof RequestOutcome.Accepted || outcome instanceof RequestOutcome.AlreadyRequested);
        }
    }

    /** The answer to {@link ResolveCall.PollLookup}. */
    record Polled(String taxCode, String token, PollOutcome outcome) implements ResolveAnswer {
        public Polled {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String call() {
            return "trovapec_poll";
        }

        @Override
        public boolean failed() {
            return !(outcome instanceof PollOutcome.Found || outcome instanceof PollOutcome.NotFound
                    || outcome instanceof PollOutcome.Wait);
        }
    }

    /** The answer to {@link ResolveCall.DeleteLookup}. */
    record Deleted(String taxCode, DeleteOutcome outcome) implements ResolveAnswer {
        public Deleted {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String call() {
            return "trovapec_delete";
        }

        @Override
        public boolean failed() {
            return !(outcome instanceof DeleteOutcome.Deleted);
        }
    }

    /** The answer to {@link ResolveCall.CheckDomain}. */
    record DomainChecked(String domain, PecApiOutcome<DomainCheck> outcome) implements ResolveAnswer {
        public DomainChecked {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String call() {
            return "domain_check";
        }

        @Override
        public boolean failed() {
            return !(outcome instanceof PecApiOutcome.Ok<DomainCheck>
                    || outcome instanceof PecApiOutcome.NotAcceptable<DomainCheck>);
        }
    }
}
