package io.pecflow.engine.intake;

/** What the intake tells the outside (metrics): the domain emits, a binder turns it into meters. */
public interface IntakeListener {

    /** A job passed validation and went on to the dispatch. */
    default void accepted(String mailbox) {
    }

    /** A job was rejected. */
    default void rejected() {
    }

    /** A record was not a job at all and went to the dead-letter topic. */
    default void deadLettered() {
    }

    IntakeListener NONE = new IntakeListener() {
    };
}
