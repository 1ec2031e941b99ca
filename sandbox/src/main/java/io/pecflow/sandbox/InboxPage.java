package io.pecflow.sandbox;

import java.util.List;

/**
 * One page of {@code GET /inbox}.
 *
 * @param items the page's items, newest first
 * @param page  the page number, from 1
 * @param total how many items match in all
 */
record InboxPage(List<InboxItem> items, int page, long total) {

    InboxPage {
        items = List.copyOf(items);
    }

    /** Rounded up, so the last partial page is reachable (the provider's example shows 981 items on 39 pages, which cannot be). */
    long pages() {
        return (total + Inbox.PAGE_SIZE - 1) / Inbox.PAGE_SIZE;
    }
}
