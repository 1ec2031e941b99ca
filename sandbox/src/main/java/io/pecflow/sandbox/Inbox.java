package io.pecflow.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * One mailbox's INBOX and the receipts still on their way to it. Receipts land lazily: every access first
 * calls {@link #deliverDue(Instant)}, which moves the due ones in, in due-time order, so a clock jump
 * behaves as if time had passed. A receipt that would take usage above the limit is dropped, as a full
 * PEC box does. Not thread-safe: the owning {@link Mailbox} guards it.
 */
final class Inbox {

    static final int PAGE_SIZE = 25;

    private record Pending(Receipt receipt, long seq) {
    }

    // at the same moment the envelope lands before its delivery receipt, as in the provider's example
    private static final Comparator<Pending> DUE_ORDER = Comparator
            .comparing((Pending p) -> p.receipt().due())
            .thenComparingInt(p -> p.receipt().kind() == ReceiptKind.ENVELOPE ? 0 : 1)
            .thenComparingLong(Pending::seq);

    private final PriorityQueue<Pending> pending = new PriorityQueue<>(DUE_ORDER);
    private final TreeMap<Long, InboxItem> items = new TreeMap<>();
    private final Map<String, List<InboxItem>> byCode = new HashMap<>();
    private long nextId = 1;
    private long nextSeq;
    private long usageKib;
    private long limitKib;
    private long dropped;

    Inbox(long limitKib) {
        this.limitKib = limitKib;
    }

    void schedule(Receipt receipt) {
        pending.add(new Pending(receipt, nextSeq++));
    }

    void deliverDue(Instant now) {
        Pending next;
        while ((next = pending.peek()) != null && !next.receipt().due().isAfter(now)) {
            pending.poll();
            Receipt r = next.receipt();
            long size = r.sizeKib();
            if (usageKib + size > limitKib) {
                dropped++;
                continue;
            }
            InboxItem item = new InboxItem(nextId++, r);
            items.put(item.id(), item);
            byCode.computeIfAbsent(item.code(), c -> new ArrayList<>(3)).add(item);
            usageKib += size;
        }
    }

    /** The items of a sending, in time order. */
    List<InboxItem> ofCode(String code) {
        return List.copyOf(byCode.getOrDefault(code, List.of()));
    }

    /** @return how many items were removed */
    int removeCode(String code) {
        List<InboxItem> removed = byCode.remove(code);
        if (removed == null) {
            return 0;
        }
        for (InboxItem item : removed) {
            items.remove(item.id());
            usageKib -= item.receipt().sizeKib();
        }
        return removed.size();
    }

    Optional<InboxItem> get(long id) {
        return Optional.ofNullable(items.get(id));
    }

    boolean remove(long id) {
        InboxItem item = items.remove(id);
        if (item == null) {
            return false;
        }
        List<InboxItem> siblings = byCode.get(item.code());
        siblings.remove(item);
        if (siblings.isEmpty()) {
            byCode.remove(item.code());
        }
        usageKib -= item.receipt().sizeKib();
        return true;
    }

    /**
     * One page of the inbox, newest first (highest id first). The provider does not document the order:
     * newest first is a guess.
     *
     * @param query case-insensitive substring of the subject; empty for all
     * @param page  from 1
     */
    InboxPage page(String query, int page) {
        String q = query.toLowerCase(Locale.ROOT);
        NavigableMap<Long, InboxItem> newestFirst = items.descendingMap();
        long skip = (long) (page - 1) * PAGE_SIZE;
        List<InboxItem> data = new ArrayList<>(PAGE_SIZE);
        long total = 0;
        for (InboxItem item : newestFirst.values()) {
            if (!q.isEmpty() && !item.subject().toLowerCase(Locale.ROOT).contains(q)) {
                continue;
            }
            if (total >= skip && data.size() < PAGE_SIZE) {
                data.add(item);
            }
            total++;
        }
        return new InboxPage(data, page, total);
    }

    void clear() {
        pending.clear();
        items.clear();
        byCode.clear();
        nextId = 1;
        usageKib = 0;
        dropped = 0;
    }

    void limitKib(long limit) {
        this.limitKib = limit;
    }

    long limitKib() {
        return limitKib;
    }

    long usageKib() {
        return usageKib;
    }

    int size() {
        return items.size();
    }

    long dropped() {
        return dropped;
    }

    int pendingCount() {
        return pending.size();
    }
}
