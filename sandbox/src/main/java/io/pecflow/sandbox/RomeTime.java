package io.pecflow.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The provider's time formats, all in Europe/Rome. */
final class RomeTime {

    static final ZoneId ROME = MailboxPlan.ROME;

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ROME);
    private static final DateTimeFormatter CODE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ROME);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ROME);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ROME);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("Z").withZone(ROME);

    private RomeTime() {
    }

    /** e.g. {@code 04/03/2022}, as the PEC API writes dates */
    static String day(Instant at) {
        return DAY.format(at);
    }

    /** The same wall-clock time in Rome, {@code years} calendar years later. */
    static Instant plusYears(Instant at, long years) {
        return at.atZone(ROME).plusYears(years).toInstant();
    }

    /** e.g. {@code Wed, 26 Aug 2020 10:00:35 +0200} */
    static String rfc2822(Instant at) {
        return RFC_2822.format(at);
    }

    /** e.g. {@code 20200826100034}: the first part of a message code */
    static String codeStamp(Instant at) {
        return CODE.format(at);
    }

    /** e.g. {@code giorno 26/08/2020 alle ore 10:00:36 (+0200)} as receipts say it */
    static String italianMoment(Instant at) {
        return "giorno " + DAY.format(at) + " alle ore " + TIME.format(at) + " (" + OFFSET.format(at) + ")";
    }
}
