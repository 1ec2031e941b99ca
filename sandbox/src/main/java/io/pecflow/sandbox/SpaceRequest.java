package io.pecflow.sandbox;

/**
 * A space field of {@code PATCH /pec/{id}/modifica} or {@code /conservazione}: {@code "+N"} adds N MB to
 * the current space, {@code N} (a number or its text) sets it; N must be a multiple of the field's unit.
 */
final class SpaceRequest {

    private SpaceRequest() {
    }

    /**
     * @param field   the field's name, for messages
     * @param given   the value as text, or null when absent
     * @param current the current space in MB
     * @param unit    1024, or 512 for {@code spazio_conservazione}
     * @return the new space (the current one when absent), or a 406
     */
    static PecApiOutcome<Long> resolve(String field, String given, long current, int unit) {
        if (given == null) {
            return PecApiOutcome.done(current);
        }
        boolean add = given.startsWith("+");
        long amount;
        try {
            amount = Long.parseLong(add ? given.substring(1) : given);
        } catch (NumberFormatException e) {
            return PecApiOutcome.refused(PecApiError.invalid(284, field)); // code: a guess
        }
        if (amount <= 0 || amount % unit != 0) {
            return PecApiOutcome.refused(PecApiError.notAcceptable(325,
                    "the system only takes into account multiples of " + unit));
        }
        return PecApiOutcome.done(add ? current + amount : amount);
    }
}
