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
    default String call() {
        return switch (this) {
            case Requested requested -> "trovapec_request";
            case Polled polled -> "trovapec_poll";
            case Deleted deleted -> "trovapec_delete";
            case DomainChecked checked -> "domain_check";
        };
    }

    /** @return whether the call gave no usable answer (the provider down, refusing or unreadable) */
    default boolean failed() {
        return switch (this) {
            case Requested requested -> !(requested.outcome() instanceof RequestOutcome.Accepted
                    || requested.outcome() instanceof RequestOutcome.AlreadyRequested);
            case Polled polled -> !(polled.outcome() instanceof PollOutcome.Found
                    || polled.outcome() instanceof PollOutcome.NotFound || polled.outcome() instanceof PollOutcome.Wait);
            case Deleted deleted -> !(deleted.outcome() instanceof DeleteOutcome.Deleted);
            case DomainChecked checked -> !(checked.outcome() instanceof PecApiOutcome.Ok<DomainCheck>
                    || checked.outcome() instanceof PecApiOutcome.NotAcceptable<DomainCheck>);
        };
    }

    /** The answer to {@link ResolveCall.RequestLookup}. */
    record Requested(String taxCode, RequestOutcome outcome) implements ResolveAnswer {
        public Requested {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The answer to {@link ResolveCall.PollLookup}, for the token that was asked about. */
    record Polled(String taxCode, String token, PollOutcome outcome) implements ResolveAnswer {
        public Polled {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The answer to {@link ResolveCall.DeleteLookup}. */
    record Deleted(String taxCode, DeleteOutcome outcome) implements ResolveAnswer {
        public Deleted {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The answer to {@link ResolveCall.CheckDomain}. */
    record DomainChecked(String domain, PecApiOutcome<DomainCheck> outcome) implements ResolveAnswer {
        public DomainChecked {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
