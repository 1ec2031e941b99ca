package io.pecflow.sandbox;

/** What can land in an inbox because of a sending: the PEC receipts and the transport envelope. */
enum ReceiptKind {
    ACCEPTANCE("ACCETTAZIONE: ", false),
    NON_ACCEPTANCE("AVVISO DI NON ACCETTAZIONE: ", false),
    DELIVERY("CONSEGNA: ", true),
    NON_DELIVERY("AVVISO DI MANCATA CONSEGNA: ", false),
    DELIVERY_WARNING("AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO: ", false),
    DELIVERY_TIMEOUT("AVVISO DI MANCATA CONSEGNA: ", false),
    VIRUS("PROBLEMA DI SICUREZZA: ", false),
    /** A provider's service notice of a kind no client knows (for {@code +notice}): clients must set it aside. */
    NOTICE("NOTIFICA DI SERVIZIO: ", false),
    /** The message itself as the recipient mailbox receives it; not a receipt. */
    ENVELOPE("POSTA CERTIFICATA: ", true);

    /** What a bare receipt weighs in an inbox. */
    static final long RECEIPT_KIB = 8;

    static final String PROVIDER_SENDER = "posta-certificata@pecmassiva.com";

    private final String subjectPrefix;
    private final boolean carriesOriginal;

    ReceiptKind(String subjectPrefix, boolean carriesOriginal) {
        this.subjectPrefix = subjectPrefix;
        this.carriesOriginal = carriesOriginal;
    }

    String subjectPrefix() {
        return subjectPrefix;
    }

    /** A delivery receipt and an envelope carry the original message, so they weigh more. */
    long sizeKib(Sending sending) {
        return carriesOriginal ? RECEIPT_KIB + sending.messageKib() : RECEIPT_KIB;
    }
}
