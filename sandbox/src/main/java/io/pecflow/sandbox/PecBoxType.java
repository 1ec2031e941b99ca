package io.pecflow.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The mailbox types of the PEC API. The four Legalmail types form a ladder (a transformation may only
 * climb it) and take the extra services; the others take none. The space each type starts with is a guess
 * (the document shows only a few boxes), in MB.
 */
enum PecBoxType {
    STANDARD(0, 1024, 0, false),
    BRONZE(1, 1024, 1024, false),
    SILVER(2, 2048, 3072, true),
    GOLD(3, 3072, 13312, true),
    DOMICILIODIGITALE(-1, 1024, 0, false),
    PECMASSIVA(-1, 1024, 0, false);

    private final int rank;
    private final long diskMb;
    private final long archiveMb;
    private final boolean sms;

    PecBoxType(int rank, long diskMb, long archiveMb, boolean sms) {
        this.rank = rank;
        this.diskMb = diskMb;
        this.archiveMb = archiveMb;
        this.sms = sms;
    }

    /** Case-insensitive, as the document's own example sends {@code "bronze"}. */
    static Optional<PecBoxType> parse(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        return Stream.of(values()).filter(t -> t.name().equals(upper)).findFirst();
    }

    /** @return true for STANDARD, BRONZE, SILVER and GOLD, the types that take extra services */
    boolean legalmail() {
        return rank >= 0;
    }

    /**
     * The provider's domains a box of this type is registered on without a certified domain of one's own:
     * the production domain and the one the provider's own sandbox uses.
     */
    Set<String> domains() {
        return switch (this) {
            case DOMICILIODIGITALE -> Set.of("domiciliodigitale.com", "test.domiciliodigitale.com");
            case PECMASSIVA -> Set.of("pecmassiva.com");
            default -> Set.of("legalmail.it", "testcert.legalmail.it");
        };
    }

    /** @return the types this one may be transformed into, lowest first */
    List<PecBoxType> upgrades() {
        return Stream.of(values()).filter(t -> legalmail() && t.legalmail() && t.rank > rank).toList();
    }

    long diskMb() {
        return diskMb;
    }

    long archiveMb() {
        return archiveMb;
    }

    boolean sms() {
        return sms;
    }
}
