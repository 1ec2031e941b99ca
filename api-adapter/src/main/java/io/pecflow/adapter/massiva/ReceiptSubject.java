package io.pecflow.adapter.massiva;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receipt's subject taken apart: {@code CONSEGNA: Invio di prova 2020082610003492} is a
 * {@link ReceiptKind#DELIVERY} of the message {@code Invio di prova} sent as {@code 2020082610003492}.
 *
 * @param kind            the kind the prefix names ({@link ReceiptKind#UNKNOWN} if none)
 * @param subject         the whole subject as received
 * @param originalSubject the subject of the message the receipt is about, without prefix and code
 * @param code            the sending's code, when the subject ends with one
 */
public record ReceiptSubject(ReceiptKind kind, String subject, String originalSubject, Optional<MessageCode> code) {

    /**
     * PEC Massiva appends {@code " <code>"} to what it sends; codes seen are a timestamp and a
     * counter of 15-16 digits. Ten or more digits at the very end are taken as the code.
     */
    private static final Pattern TRAILING_CODE = Pattern.compile("^(.*?)\\s+(\\d{10,})\\s*$", Pattern.DOTALL);

    public ReceiptSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(originalSubject, "originalSubject");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Reads a subject. Never fails: an unknown prefix gives {@link ReceiptKind#UNKNOWN} and a
     * subject without a code gives an empty {@link #code()}.
     */
    public static ReceiptSubject parse(String subject) {
        String raw = subject == null ? "" : subject;
        ReceiptKind.Prefix prefix = ReceiptKind.match(raw);
        String rest = raw.substring(prefix.text().length()).strip();
        Matcher matcher = TRAILING_CODE.matcher(rest);
        if (matcher.matches()) {
            return new ReceiptSubject(prefix.kind(), raw, matcher.group(1).strip(),
                    Optional.of(MessageCode.of(matcher.group(2))));
        }
        return new ReceiptSubject(prefix.kind(), raw, rest, Optional.empty());
    }
}
