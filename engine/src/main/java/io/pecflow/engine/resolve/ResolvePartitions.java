package io.pecflow.engine.resolve;

import io.pecflow.engine.offset.OffsetTracker;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolve partitions this stage owns: which offsets are open, and the jobs finished above the
 * committed offset. A job finished while a lower one still waits is recorded in the state topic
 * ({@code done:<partition>:<offset>}), so that after a restart it is skipped rather than forwarded
 * twice; the record is tombstoned once the committed offset passes it. Every instance keeps the
 * done records of all partitions from the state topic, to skip them when it takes a partition over.
 * Resolve thread only.
 */
final class ResolvePartitions {

    private static final class Owned {
        final OffsetTracker offsets = new OffsetTracker();
        final NavigableSet<Long> recorded = new TreeSet<>();
        final Set<Long> skip;

        Owned(Set<Long> skip) {
            this.skip = skip;
            recorded.addAll(skip);
        }
    }

    private final Map<Integer, Owned> owned = new HashMap<>();
    private final Map<Integer, Set<Long>> doneInTopic = new HashMap<>();

    void assigned(int partition) {
        owned.put(partition, new Owned(new TreeSet<>(doneInTopic.getOrDefault(partition, Set.of()))));
    }

    void released(int partition) {
        owned.remove(partition);
    }

    boolean owns(int partition) {
        return owned.containsKey(partition);
    }

    /** @return true when the record at the offset was finished before a restart: then it is passed */
    boolean skips(int partition, long offset) {
        Owned work = owned.get(partition);
        if (work != null && work.skip.remove(offset)) {
            work.offsets.passed(offset);
            return true;
        }
        return false;
    }

    void opened(int partition, long offset) {
        owned.get(partition).offsets.opened(offset);
    }

    void passed(int partition, long offset) {
        owned.get(partition).offsets.passed(offset);
    }

    /** @return whether a done record must be written: a lower offset is still open */
    boolean finished(int partition, long offset) {
        Owned work = owned.get(partition);
        work.offsets.finished(offset);
        if (work.offsets.committable() <= offset) {
            work.recorded.add(offset);
            return true;
        }
        return false;
    }

    /**
     * @param forgotten takes the done records the points passed, to tombstone with the commit
     * @return for every partition that read anything, the offset below which all is finished
     */
    Map<Integer, Long> commitPoints(java.util.function.BiConsumer<Integer, Long> forgotten) {
        Map<Integer, Long> points = new HashMap<>();
        owned.forEach((partition, work) -> {
            if (work.offsets.started()) {
                long point = work.offsets.committable();
                points.put(partition, point);
                NavigableSet<Long> passed = work.recorded.headSet(point, false);
                passed.forEach(offset -> forgotten.accept(partition, offset));
                passed.clear();
            }
        });
        return points;
    }

    /** A done record of the state topic, of any partition. */
    void done(int partition, long offset) {
        doneInTopic.computeIfAbsent(partition, key -> new TreeSet<>()).add(offset);
    }

    /** A done record's tombstone. */
    void forgotten(int partition, long offset) {
        Set<Long> offsets = doneInTopic.get(partition);
        if (offsets != null && offsets.remove(offset) && offsets.isEmpty()) {
            doneInTopic.remove(partition);
        }
    }
}
