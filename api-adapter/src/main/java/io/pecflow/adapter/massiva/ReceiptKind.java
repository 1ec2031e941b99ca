package io.pecflow.adapter.massiva;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of message found among a sending's receipts and in a PEC inbox, told apart by the
 * subject prefix that the PEC rules (DM 2 November 2005) give each of them.
 */
public enum ReceiptKind {

    /** {@code ACCETTAZIONE:} the sender's provider took the message. */
    ACCEPTANCE(false, "ACCETTAZIONE:"),
    /** {@code AVVISO DI NON ACCETTAZIONE:} the sender's provider refused the message (final). */
    NON_ACCEPTANCE(true, "AVVISO DI NON ACCETTAZIONE:"),
    /** {@code PRESA IN CARICO:} handed over between providers (rarely seen by a sender). */
    TAKEN_IN_CHARGE(false, "PRESA IN CARICO:"),
    /** {@code CONSEGNA:} delivered into one recipient's box (final; the legal proof). */
    DELIVERY(true, "CONSEGNA:"),
    /** {@code AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO:} no delivery after 12 hours yet. */
    DELIVERY_WARNING(false, "AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO:"),
    /** {@code AVVISO DI MANCATA CONSEGNA:} not delivered to one recipient (final). */
    NON_DELIVERY(true, "AVVISO DI MANCATA CONSEGNA:"),
    /** A virus was found: {@code PROBLEMA DI SICUREZZA:} and the {@code ... PER VIRUS:} notices (final). */
    VIRUS(true, "PROBLEMA DI SICUREZZA:", "AVVISO DI MANCATA CONSEGNA PER VIRUS:",
            "AVVISO DI NON ACCETTAZIONE PER VIRUS:", "RILEVAZIONE VIRUS:"),
    /** {@code POSTA CERTIFICATA:} (and {@code ANOMALIA MESSAGGIO:}): a message itself in its transport envelope, not a receipt. */
    TRANSPORT_ENVELOPE(false, "POSTA CERTIFICATA:", "ANOMALIA MESSAGGIO:"),
    /** A subject none of the above: kept and reported, never an error. */
    UNKNOWN(false);

    /** Every prefix with its kind, longest first, so a longer prefix wins over one it starts with. */
    private static final List<Prefix> PREFIXES = java.util.Arrays.stream(values())
            .flatMap(kind -> kind.prefixes.stream().map(prefix -> new Prefix(prefix, kind)))
            .sorted((a, b) -> Integer.compare(b.text.length(), a.text.length()))
            .toList();

    private final boolean finalForRecipient;
    private final List<String> prefixes;

    ReceiptKind(boolean finalForRecipient, String... prefixes) {
        this.finalForRecipient = finalForRecipient;
        this.prefixes = List.of(prefixes);
    }

    /** @return true for the kinds after which nothing more can happen to the recipient's copy */
    public boolean isFinal() {
        return finalForRecipient;
    }

    /** @return true for receipts and notices, false for envelopes and unknown subjects */
    public boolean isReceipt() {
        return this != TRANSPORT_ENVELOPE && this != UNKNOWN;
    }

    /** @return true for the final kinds that say the message did not arrive */
    public boolean isFailure() {
        return this == NON_ACCEPTANCE || this == NON_DELIVERY || this == VIRUS;
    }

    /** @return the subject prefixes of this kind, as the PEC rules write them */
    public List<String> prefixes() {
        return prefixes;
    }

    /**
     * Finds the kind of a subject and the length of its prefix, ignoring case and leading blanks.
     *
     * @return the matching prefix, or an {@link #UNKNOWN} match of length 0
     */
    static Prefix match(String subject) {
        String upper = subject.stripLeading().toUpperCase(Locale.ROOT);
        int skipped = subject.length() - subject.stripLeading().length();
        for (Prefix prefix : PREFIXES) {
            if (upper.startsWith(prefix.text)) {
                return new Prefix(subject.substring(0, skipped + prefix.text.length()), prefix.kind);
            }
        }
        return new Prefix("", UNKNOWN);
    }

    record Prefix(String text, ReceiptKind kind) {
    }
}
