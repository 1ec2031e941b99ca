package io.pecflow.engine.dispatch;

import io.pecflow.engine.job.SendJob;

/** Gives back a job of the dispatch topic by its position, for jobs whose body is not kept in memory. */
public interface PayloadSource {

    /** @throws IllegalStateException when the record is gone (retention) or unreadable */
    SendJob read(int partition, long offset);
}
