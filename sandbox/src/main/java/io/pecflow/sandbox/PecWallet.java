package io.pecflow.sandbox;

import java.util.Optional;

/** The PEC API account's credit, as the operations that cost something see it. */
interface PecWallet {

    /**
     * Takes the price of {@code call} if the credit covers it.
     *
     * @return empty if paid (or free), else the operation's 402
     */
    Optional<PecApiError> pay(PecApiCall call);
}
