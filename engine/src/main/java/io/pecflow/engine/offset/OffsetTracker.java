package io.pecflow.engine.offset;

import java.util.BitSet;

/**
 * Which offsets of one partition are still open (read but not finished), so that only the offset
 * below which everything is finished is ever committed. One bit an offset, relative to a base
 * that moves up as the low end finishes. Shared by the stages that finish records out of order
 * (the dispatch and the resolve stage). Not thread-safe: one owner thread.
 */
public final class OffsetTracker {

    private final BitSet open = new BitSet();
    private long base = -1;
    private long nextToRead = -1;

    /** Starts with the first record read: before it, the start position is not known here. */
    public OffsetTracker() {
    }

    private void start(long offset) {
        if (base < 0) {
            base = offset;
            nextToRead = offset;
        }
    }

    /** @return whether any record was read, so {@link #committable()} means something */
    public boolean started() {
        return base >= 0;
    }

    /** A record at {@code offset} was read and is now open. */
    public void opened(long offset) {
        start(offset);
        if (offset < base) {
            return;
        }
        open.set(index(offset));
        nextToRead = Math.max(nextToRead, offset + 1);
    }

    /** A record was read and needed no work (or all its work finished at once). */
    public void passed(long offset) {
        start(offset);
        nextToRead = Math.max(nextToRead, offset + 1);
        compact();
    }

    /** The open record at {@code offset} finished. */
    public void finished(long offset) {
        if (offset >= base) {
            open.clear(index(offset));
        }
        compact();
    }

    /** @return the offset to commit: every record below it is finished */
    public long committable() {
        int first = open.nextSetBit(0);
        return first < 0 ? nextToRead : base + first;
    }

    /** @return how many records are open */
    public int openCount() {
        return open.cardinality();
    }

    private int index(long offset) {
        long index = offset - base;
        if (index > Integer.MAX_VALUE - 64) {
            throw new IllegalStateException("more than 2^31 offsets open in one partition");
        }
        return (int) index;
    }

    private void compact() {
        int first = open.nextSetBit(0);
        if (first < 0) {
            open.clear();
            base = nextToRead;
        } else if (first > 4096) {
            BitSet moved = open.get(first, open.length());
            open.clear();
            open.or(moved);
            base += first;
        }
    }
}
