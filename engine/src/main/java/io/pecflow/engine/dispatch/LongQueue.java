package io.pecflow.engine.dispatch;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A first-in first-out queue of primitive longs on a growable ring buffer: a pending send costs
 * eight bytes, so a backlog of millions stays small. Not thread-safe.
 */
final class LongQueue {

    private long[] items = new long[8];
    private int head;
    private int size;

    void addLast(long value) {
        grow();
        items[(head + size) % items.length] = value;
        size++;
    }

    void addFirst(long value) {
        grow();
        head = (head - 1 + items.length) % items.length;
        items[head] = value;
        size++;
    }

    long peekFirst() {
        if (size == 0) {
            throw new NoSuchElementException("empty queue");
        }
        return items[head];
    }

    long removeFirst() {
        long value = peekFirst();
        head = (head + 1) % items.length;
        size--;
        if (size == 0) {
            head = 0;
        }
        return value;
    }

    long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return items[(head + index) % items.length];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void grow() {
        if (size < items.length) {
            return;
        }
        long[] larger = new long[items.length * 2];
        for (int i = 0; i < size; i++) {
            larger[i] = items[(head + i) % items.length];
        }
        Arrays.fill(items, 0);
        items = larger;
        head = 0;
    }
}
