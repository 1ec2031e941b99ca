package io.pecflow.sandbox;

/**
 * A refusal of the PEC API: the HTTP status, the API's own integer {@code error} and its message. The
 * codes and messages the document shows are used where it shows them; the others are guesses, each
 * marked so where it is made.
 *
 * @param status  the HTTP status
 * @param code    the {@code error} field, a number of the API's own
 * @param message the {@code message} field
 */
record PecApiError(int status, int code, String message) {

    /** Outage fault, as {@code GET /domini_pec} documents its 503. */
    static final PecApiError UNAVAILABLE = new PecApiError(503, 402, "service temporarily unavailable");
    /** A missing or wrong Bearer token: not documented, a guess. */
    static final PecApiError UNAUTHORIZED = new PecApiError(401, 401, "Invalid Token");
    /** No such path: not documented, a guess. */
    static final PecApiError NO_SUCH_PATH = new PecApiError(404, 404, "Not found");
    /** A path served with another method: not documented, a guess. */
    static final PecApiError WRONG_METHOD = new PecApiError(405, 405, "Method not allowed");
    /** Boxes of these two types have no extra services (documented for {@code multiutenza}, code 390). */
    static final String NO_SERVICES_ON_THESE_BOXES = "this service cannot be activated on these boxes: DOMICILIODIGITALE|PECMASSIVA";

    static PecApiError badRequest(int code, String message) {
        return new PecApiError(400, code, message);
    }

    static PecApiError notFound(int code, String message) {
        return new PecApiError(404, code, message);
    }

    static PecApiError notAcceptable(int code, String message) {
        return new PecApiError(406, code, message);
    }

    static PecApiError preconditionRequired(int code, String message) {
        return new PecApiError(428, code, message);
    }

    /** {@code 402 Insufficient Credit in Wallet: 182.03} */
    static PecApiError insufficientCredit(int code, long creditCents) {
        return new PecApiError(402, code, "Insufficient Credit in Wallet: " + Money.text(creditCents));
    }

    /** {@code 428 <field> required} */
    static PecApiError required(int code, String field) {
        return preconditionRequired(code, field + " required");
    }

    /** {@code 406 <field> not valid} */
    static PecApiError invalid(int code, String field) {
        return notAcceptable(code, field + " not valid");
    }
}
