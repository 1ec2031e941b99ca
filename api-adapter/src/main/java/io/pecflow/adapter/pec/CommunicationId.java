package io.pecflow.adapter.pec;

/**
 * The PEC API's id of a communication to the Business Register ({@code id} of
 * {@code /comunica_pec}, e.g. {@code 60ad149c3a7168084f1d2b68}). Immutable.
 *
 * @param value the id as the provider wrote it: one word, no {@code / ? #}
 */
public record CommunicationId(String value) {

    public CommunicationId {
        PecIds.check(value, "communication id");
    }

    public static CommunicationId of(String value) {
        return new CommunicationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
