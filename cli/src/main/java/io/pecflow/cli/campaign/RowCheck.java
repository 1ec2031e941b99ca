package io.pecflow.cli.campaign;

/** How one row of a campaign came out of its checks. */
public sealed interface RowCheck {

    /** The row is a job that follows the contract. */
    record Valid(ValidJob job) implements RowCheck {
    }

    /** The row breaks the contract; nothing of it is published. */
    record Invalid(BadRow row) implements RowCheck {
    }
}
