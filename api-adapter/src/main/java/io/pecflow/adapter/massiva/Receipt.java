package io.pecflow.adapter.massiva;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of a sending's receipts ({@code GET /send/{code}}) or of the inbox ({@code GET /inbox},
 * {@code GET /inbox/{id}}), read and classified. Unknown subjects are kept as
 * {@link ReceiptKind#UNKNOWN}, never dropped.
 *
 * @param subject   the subject taken apart: kind, original subject, sending code
 * @param sender    the sender, normalised ({@link PecAddresses#normalise})
 * @param rawSender the sender as the provider wrote it
 * @param recipient the recipient, normalised (for receipts: the sending mailbox they were sent to)
 * @param date      when the receipt was issued, if its date could be read
 * @param rawDate   the date as the provider wrote it
 * @param text      the item's text ({@code message}, or the decoded {@code body}); "" when the call gives none
 * @param inboxId   the inbox id, for items that came from the inbox
 */
public record Receipt(ReceiptSubject subject, String sender, String rawSender, String recipient,
                      Optional<Instant> date, String rawDate, String text, OptionalLong inboxId) {

    private static final String ADDRESS = "\"?<?([^\\s\"<>,;:]+@[A-Za-z0-9.-]*[A-Za-z0-9])";
    private static final Pattern CONCERNED = Pattern.compile(
            "(?i)(?:indirizzato\\s+a|destinatario)\\s*:?\\s*" + ADDRESS);
    private static final Pattern REASON = Pattern.compile(
            "(?i)(?:un\\s+errore|a\\s+causa\\s+di|errore)\\s*:?\\s*([^\\r\\n]+)");

    public Receipt {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(rawSender, "rawSender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rawDate, "rawDate");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(inboxId, "inboxId");
    }

    /** Reads an item from the provider's raw fields; never fails on odd values. */
    public static Receipt read(String object, String sender, String recipient, String date, String text,
                               OptionalLong inboxId) {
        return new Receipt(ReceiptSubject.parse(object), PecAddresses.normalise(sender), nullToEmpty(sender),
                PecAddresses.normalise(recipient), ProviderDates.parse(date), nullToEmpty(date),
                nullToEmpty(text), inboxId);
    }

    public ReceiptKind kind() {
        return subject.kind();
    }

    public Optional<MessageCode> code() {
        return subject.code();
    }

    /**
     * The recipient a per-recipient receipt is about, as its text names it ("... ed indirizzato a
     * "x@y.it" ..."). Receipts are addressed to the sending mailbox, so for a send to several
     * recipients only the text tells which one a {@code CONSEGNA} is for.
     */
    public Optional<String> concernedRecipient() {
        Matcher matcher = CONCERNED.matcher(text);
        return matcher.find() ? Optional.of(PecAddresses.normalise(matcher.group(1))) : Optional.empty();
    }

    /** The error a failure notice gives in its text (e.g. {@code 5.1.1 - indirizzo non valido}), if any. */
    public Optional<String> reason() {
        if (!kind().isFailure()) {
            return Optional.empty();
        }
        Matcher matcher = REASON.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip().replaceFirst("\\.$", "")) : Optional.empty();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "Receipt[kind=" + kind() + ", code=" + code().map(MessageCode::value).orElse("-")
                + ", inboxId=" + inboxId + ", date=" + rawDate + "]";
    }
}
