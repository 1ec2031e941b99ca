package io.pecflow.engine.dispatch;

import io.pecflow.engine.event.EventType;

/** What the dispatch tells the outside (metrics, logs); a binder turns it into meters. Called on the dispatch thread. */
public interface DispatchListener {

    /** An event was staged. */
    default void event(EventType type, String mailbox) {
    }

    /** A mailbox was suspended (true) or resumed (false). */
    default void suspended(String mailbox, boolean suspended) {
    }

    DispatchListener NONE = new DispatchListener() {
    };
}
