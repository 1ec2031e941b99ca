package io.pecflow.engine.resolve;

import io.pecflow.engine.event.EventType;

/** What the resolve stage tells the outside (metrics): the domain emits, a binder turns it into meters. */
public interface ResolveListener {

    /** An event of the resolve stage was published. */
    default void resolveEvent(EventType type, String mailbox) {
    }

    /** A provider call of the resolve stage came back. */
    default void resolveCall(String call, boolean failed) {
    }

    /** How many jobs wait in the resolve stage now. */
    default void resolving(int jobs) {
    }

    ResolveListener NONE = new ResolveListener() {
    };
}
