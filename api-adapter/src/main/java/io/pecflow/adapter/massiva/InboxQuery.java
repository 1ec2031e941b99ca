package io.pecflow.adapter.massiva;

import java.util.Objects;

/**
 * Which page of the inbox to read ({@code GET /inbox?q=&page=}).
 *
 * @param search the provider's search text ({@code q}), matched against subjects; "" for everything
 * @param page   the page, from 1; the provider gives 25 messages a page
 */
public record InboxQuery(String search, int page) {

    public InboxQuery {
        Objects.requireNonNull(search, "search");
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, not " + page);
        }
    }

    public static InboxQuery page(int page) {
        return new InboxQuery("", page);
    }

    public static InboxQuery search(String text, int page) {
        return new InboxQuery(text, page);
    }
}
