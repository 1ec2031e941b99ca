package io.pecflow.adapter.massiva;

import java.util.List;

/**
 * One page of {@code GET /inbox}.
 *
 * @param page      this page's number, from 1
 * @param total     how many messages match in all
 * @param pageCount how many pages there are ({@code n_of_pages})
 * @param items     the messages of this page (up to 25), each with its {@link Receipt#inboxId()}
 */
public record InboxPage(int page, int total, int pageCount, List<Receipt> items) {

    public InboxPage {
        items = List.copyOf(items);
    }

    /** @return true when a later page exists */
    public boolean hasNext() {
        return page < pageCount;
    }
}
