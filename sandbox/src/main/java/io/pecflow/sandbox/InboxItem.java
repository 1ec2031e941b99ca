package io.pecflow.sandbox;

/**
 * A message in an inbox: a receipt or envelope that has landed, with its numeric id.
 *
 * @param id      the per-mailbox id, from 1
 * @param receipt what landed
 */
record InboxItem(long id, Receipt receipt) {

    String subject() {
        return receipt.subject();
    }

    String code() {
        return receipt.sending().code();
    }
}
