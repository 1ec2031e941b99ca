package io.pecflow.adapter.massiva;

import java.util.List;
import java.util.Objects;

/**
 * What {@code GET /send/{code}} returned: the receipts (and envelopes) of one sending found so
 * far, in the provider's order. Empty when the provider answered 404 {@code Result empty}, which
 * means "nothing yet", not an error.
 */
public record SendingReceipts(MessageCode code, List<Receipt> items) {

    public SendingReceipts {
        Objects.requireNonNull(code, "code");
        items = List.copyOf(items);
    }

    /** @return the items that are receipts of the given kind */
    public List<Receipt> ofKind(ReceiptKind kind) {
        return items.stream().filter(item -> item.kind() == kind).toList();
    }
}
