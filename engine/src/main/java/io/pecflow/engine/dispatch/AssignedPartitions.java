package io.pecflow.engine.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dispatch partitions this instance owns, and the answers the Kafka edge needs about them:
 * where each may commit, what is in flight, how much waits, when something is next due.
 * Dispatch thread only.
 */
public final class AssignedPartitions {

    private final Map<Integer, PartitionWork> byNumber = new HashMap<>();

    void put(int partition, PartitionWork work) {
        byNumber.put(partition, work);
    }

    PartitionWork get(int partition) {
        return byNumber.get(partition);
    }

    PartitionWork remove(int partition) {
        return byNumber.remove(partition);
    }

    Collection<PartitionWork> all() {
        return byNumber.values();
    }

    /** @return for every partition that read anything, the offset below which all is settled */
    public Map<Integer, Long> commitPoints() {
        Map<Integer, Long> points = new HashMap<>();
        byNumber.values().stream().filter(work -> work.offsets.started())
                .forEach(work -> points.put(work.partition, work.offsets.committable()));
        return points;
    }

    /** The caller committed these points. */
    public void committed(Map<Integer, Long> points) {
        points.forEach((partition, offset) -> {
            PartitionWork work = byNumber.get(partition);
            if (work != null) {
                work.lastCommittable = Math.max(work.lastCommittable, offset);
            }
        });
    }

    /** @return whether a call of the partition is in flight */
    public boolean inFlight(int partition) {
        PartitionWork work = byNumber.get(partition);
        return work != null && work.lanes.values().stream().anyMatch(MailboxLane::inFlight);
    }

    /** @return sends waiting (not in flight) on this instance */
    public long waiting() {
        return byNumber.values().stream().flatMap(work -> work.lanes.values().stream())
                .mapToLong(MailboxLane::waiting).sum();
    }

    /**
     * @return whether some mailbox has a send ready and may start it soon (only pacing holds it):
     *         then the dispatch thread looks again within milliseconds rather than sleeping
     */
    public boolean hasSendsDueSoon(Instant now) {
        for (PartitionWork work : byNumber.values()) {
            for (MailboxLane lane : work.lanes.values()) {
                if (lane.hasRoom() && lane.suspendedBecause().isEmpty() && lane.head(now).isPresent()
                        && lane.quotaBlockedUntil().map(until -> !until.isAfter(now)).orElse(true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the earliest instant something waiting may become possible, if any */
    public Optional<Instant> nextTimedEvent() {
        Instant earliest = null;
        for (PartitionWork work : byNumber.values()) {
            for (MailboxLane lane : work.lanes.values()) {
                for (Optional<Instant> candidate : List.of(lane.nextReadyAt(), lane.quotaBlockedUntil())) {
                    if (candidate.isPresent() && (earliest == null || candidate.get().isBefore(earliest))) {
                        earliest = candidate.get();
                    }
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** @return each mailbox's backlog and quota use, counted on the quota calendar of {@code zone} */
    List<DispatchListener.MailboxFigures> mailboxFigures(Instant now, java.time.ZoneId zone) {
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        List<DispatchListener.MailboxFigures> figures = new ArrayList<>();
        for (PartitionWork work : byNumber.values()) {
            for (MailboxLane lane : work.lanes.values()) {
                var usage = lane.pacer().usage();
                var limits = lane.pacer().limits();
                long usedDay = usage.day().equals(today) ? usage.usedDay() : 0;
                long usedMonth = usage.month().equals(java.time.YearMonth.from(today)) ? usage.usedMonth() : 0;
                int ready = lane.readyCount(now);
                figures.add(new DispatchListener.MailboxFigures(lane.mailbox(), ready, lane.waiting() - ready, usedDay,
                        limits.recipientsPerDay(), usedMonth, limits.recipientsPerMonth()));
            }
        }
        return figures;
    }

    /** @return the suspended mailboxes worth probing (configured ones), with their credentials */
    public List<Dispatcher.MailboxProbe> suspendedMailboxes() {
        List<Dispatcher.MailboxProbe> probes = new ArrayList<>();
        byNumber.values().forEach(work -> work.lanes.values().stream()
                .filter(lane -> lane.suspendedBecause().isPresent() && lane.configured())
                .forEach(lane -> probes.add(new Dispatcher.MailboxProbe(work.partition, lane.mailbox(),
                        lane.credentials()))));
        return probes;
    }
}
