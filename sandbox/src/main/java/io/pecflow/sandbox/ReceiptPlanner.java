package io.pecflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides what a sending produces over time. The outcome for each recipient is chosen by a tag in its
 * local part (case-insensitive): {@code +bounce}, {@code +late}, {@code +silent}, {@code +virus}; a
 * {@code +refused} recipient makes the whole sending refused. Anything else is delivered.
 */
final class ReceiptPlanner {

    static final Duration WARNING_AFTER = Duration.ofHours(12);
    static final Duration TIMEOUT_AFTER = Duration.ofHours(24);

    private final Duration acceptDelay;
    private final Duration deliveryDelay;

    ReceiptPlanner(Duration acceptDelay, Duration deliveryDelay) {
        this.acceptDelay = acceptDelay;
        this.deliveryDelay = deliveryDelay;
    }

    /**
     * The plan of one sending.
     *
     * @param forSender receipts for the sending mailbox
     * @param envelopes one envelope per delivered recipient; it lands only if that recipient is a sandbox mailbox
     */
    record Plan(List<Receipt> forSender, List<Receipt> envelopes) {
    }

    enum Outcome { DELIVERED, BOUNCE, LATE, SILENT, VIRUS, REFUSED, NOTICE }

    Plan plan(Sending s) {
        Instant accepted = s.at().plus(acceptDelay);
        Instant delivered = s.at().plus(deliveryDelay);
        String everyone = String.join(", ", s.recipients());
        if (s.recipients().stream().anyMatch(r -> outcomeOf(r) == Outcome.REFUSED)) {
            return new Plan(List.of(new Receipt(ReceiptKind.NON_ACCEPTANCE, accepted, s, everyone)), List.of());
        }
        List<Receipt> mine = new ArrayList<>(1 + s.recipients().size());
        List<Receipt> envelopes = new ArrayList<>(s.recipients().size());
        mine.add(new Receipt(ReceiptKind.ACCEPTANCE, accepted, s, everyone));
        for (String r : s.recipients()) {
            switch (outcomeOf(r)) {
                case DELIVERED -> {
                    envelopes.add(new Receipt(ReceiptKind.ENVELOPE, delivered, s, r));
                    mine.add(new Receipt(ReceiptKind.DELIVERY, delivered, s, r));
                }
                case NOTICE -> {
                    envelopes.add(new Receipt(ReceiptKind.ENVELOPE, delivered, s, r));
                    mine.add(new Receipt(ReceiptKind.NOTICE, accepted, s, r));
                    mine.add(new Receipt(ReceiptKind.DELIVERY, delivered, s, r));
                }
                case BOUNCE -> mine.add(new Receipt(ReceiptKind.NON_DELIVERY, delivered, s, r));
                case LATE -> {
                    mine.add(new Receipt(ReceiptKind.DELIVERY_WARNING, s.at().plus(WARNING_AFTER), s, r));
                    mine.add(new Receipt(ReceiptKind.DELIVERY_TIMEOUT, s.at().plus(TIMEOUT_AFTER), s, r));
                }
                case VIRUS -> mine.add(new Receipt(ReceiptKind.VIRUS, delivered, s, r));
                case SILENT, REFUSED -> { } // silence: nothing after the acceptance
            }
        }
        return new Plan(mine, envelopes);
    }

    static Outcome outcomeOf(String recipient) {
        int at = recipient.lastIndexOf('@');
        String local = (at < 0 ? recipient : recipient.substring(0, at)).toLowerCase(Locale.ROOT);
        if (local.indexOf('+') < 0) {
            return Outcome.DELIVERED;
        }
        if (local.contains("+refused")) {
            return Outcome.REFUSED;
        }
        if (local.contains("+bounce")) {
            return Outcome.BOUNCE;
        }
        if (local.contains("+late")) {
            return Outcome.LATE;
        }
        if (local.contains("+silent")) {
            return Outcome.SILENT;
        }
        if (local.contains("+notice")) {
            return Outcome.NOTICE;
        }
        return local.contains("+virus") ? Outcome.VIRUS : Outcome.DELIVERED;
    }
}
