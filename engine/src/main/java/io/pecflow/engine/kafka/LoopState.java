package io.pecflow.engine.kafka;

/** The life of a consumer loop: it runs, drains what is in flight when asked to stop, then is closed. */
public enum LoopState {
    NEW, RUNNING, DRAINING, CLOSED
}
