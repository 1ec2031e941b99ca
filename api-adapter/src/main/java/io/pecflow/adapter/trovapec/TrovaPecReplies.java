package io.pecflow.adapter.trovapec;

import io.pecflow.adapter.HttpTransport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the service's plain-text answers strictly: one line, fields split on {@code |}, the
 * documented status word of the call ({@code OK}, {@code WAIT}, {@code ERROR}; any case, since
 * the document itself writes {@code Ok} and {@code Error}) and exactly the documented number of
 * fields. Anything else is {@link Malformed}. The texts given here are already scrubbed of the
 * key. Stateless.
 */
final class TrovaPecReplies {

    /** "Richiesta già presente", also when the à arrives mangled by a charset mix-up. */
    private static final Pattern ALREADY_PRESENT = Pattern.compile("richiesta gi.{1,2} presente\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s|]+@[^@\\s|]+\\.[^@\\s|]+");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+([.,]\\d+)?");

    private TrovaPecReplies() {
    }

    /** {@code OK|<token>}, {@code Error|Richiesta già presente}, {@code ERROR|<text>}. */
    static RequestOutcome request(String text) {
        String[] fields = fields(text);
        if (is(fields, "OK", 2) && TrovaPecToken.isToken(fields[1])) {
            return new RequestOutcome.Accepted(TrovaPecToken.of(fields[1]));
        }
        if (isError(fields)) {
            String message = afterStatus(fields);
            return ALREADY_PRESENT.matcher(message.strip()).matches()
                    ? new RequestOutcome.AlreadyRequested(message) : new Refused(message);
        }
        return malformed(text);
    }

    /** {@code OK|<pec>|pec trovata}, {@code OK||pec non trovata}, {@code WAIT|<token>}, {@code ERROR|<text>}. */
    static PollOutcome poll(String text) {
        String[] fields = fields(text);
        if (is(fields, "OK", 3)) {
            String address = fields[1].strip();
            String state = fields[2].strip().toLowerCase(Locale.ROOT);
            if (state.equals("pec trovata") && ADDRESS.matcher(address).matches()) {
                return new PollOutcome.Found(address);
            }
            if (state.equals("pec non trovata") && address.isEmpty()) {
                return new PollOutcome.NotFound();
            }
        }
        if (is(fields, "WAIT", 2) && TrovaPecToken.isToken(fields[1])) {
            return new PollOutcome.Wait(TrovaPecToken.of(fields[1]));
        }
        return isError(fields) ? new Refused(afterStatus(fields)) : malformed(text);
    }

    /** {@code OK|richiesta cancellata correttamente}, {@code ERROR|<text>}. */
    static DeleteOutcome delete(String text) {
        String[] fields = fields(text);
        if (is(fields, "OK", 2) && !fields[1].isBlank()) {
            return new DeleteOutcome.Deleted(fields[1].strip());
        }
        return isError(fields) ? new Refused(afterStatus(fields)) : malformed(text);
    }

    /** A bare amount ({@code 12.50}, {@code 12,50}, {@code 12}), or {@code ERROR|<text>}. */
    static BalanceOutcome balance(String text) {
        String line = line(text);
        if (AMOUNT.matcher(line).matches()) {
            return new BalanceOutcome.Balance(new BigDecimal(line.replace(',', '.')));
        }
        String[] fields = fields(text);
        return isError(fields) ? new Refused(afterStatus(fields)) : malformed(text);
    }

    /** The answer without surrounding white space or byte-order mark; empty when it is not one line. */
    private static String line(String text) {
        String line = text.replace("\uFEFF", "").strip();
        return line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0 ? "" : line;
    }

    private static String[] fields(String text) {
        String line = line(text);
        return line.isEmpty() ? new String[0] : line.split("\\|", -1);
    }

    private static boolean is(String[] fields, String status, int count) {
        return fields.length == count && fields[0].strip().equalsIgnoreCase(status);
    }

    private static boolean isError(String[] fields) {
        return fields.length >= 2 && fields[0].strip().equalsIgnoreCase("ERROR");
    }

    /** The text after the status word, kept whole even if it holds a {@code |} itself. */
    private static String afterStatus(String[] fields) {
        return String.join("|", Arrays.copyOfRange(fields, 1, fields.length)).strip();
    }

    private static Malformed malformed(String text) {
        return new Malformed(HttpTransport.excerpt(text));
    }
}
