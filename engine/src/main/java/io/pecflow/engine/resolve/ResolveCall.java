package io.pecflow.engine.resolve;

import java.util.Objects;

/** A provider call the {@link Resolver} decided on; {@link ResolveCalls} makes it. Immutable values. */
public sealed interface ResolveCall {

    /** TrovaPEC: book a search for a tax code. */
    record RequestLookup(String taxCode) implements ResolveCall {
        public RequestLookup {
            Objects.requireNonNull(taxCode, "taxCode");
        }
    }

    /** TrovaPEC: ask for the answer of a booked search. */
    record PollLookup(String taxCode, String token) implements ResolveCall {
        public PollLookup {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(token, "token");
        }
    }

    /** TrovaPEC: delete a search on file whose token is not known, to book it anew. */
    record DeleteLookup(String taxCode) implements ResolveCall {
        public DeleteLookup {
            Objects.requireNonNull(taxCode, "taxCode");
        }
    }

    /** PEC API: is this domain certified ({@code GET /domini_pec/{dominio}})? */
    record CheckDomain(String domain) implements ResolveCall {
        public CheckDomain {
            Objects.requireNonNull(domain, "domain");
        }
    }
}
