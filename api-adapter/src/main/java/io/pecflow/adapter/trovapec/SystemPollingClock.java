package io.pecflow.adapter.trovapec;

import java.time.Duration;

/** The real clock; a named singleton so that configurations print readably. */
enum SystemPollingClock implements PollingClock {
    INSTANCE;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }
}
