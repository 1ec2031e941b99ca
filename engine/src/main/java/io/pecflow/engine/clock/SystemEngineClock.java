package io.pecflow.engine.clock;

import java.time.Instant;

/** {@link EngineClock} over {@link System#currentTimeMillis()}-based {@link Instant#now()} and {@link System#nanoTime()}. */
enum SystemEngineClock implements EngineClock {
    INSTANCE;

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }
}
