package io.pecflow.adapter.pec;

import java.util.Objects;
import java.util.Optional;

/**
 * More space for a Legalmail box ({@code PATCH /pec/{id}/modifica}): only upgrades are allowed,
 * and not for DOMICILIODIGITALE or PECMASSIVA boxes. Each part is left as it is, set to a size,
 * or raised by an amount. Immutable; start from {@link #disk}, {@link #archive} or
 * {@link #conservation} and add the other parts with the {@code and*} methods.
 *
 * @param disk         {@code spazio_disco}, in steps of 1024 MB
 * @param archive      {@code spazio_storico} (security archive), in steps of 1024 MB
 * @param conservation {@code spazio_conservazione} (legal storage; needs the service on), in steps of 512 MB
 */
public record SpaceChange(Optional<Amount> disk, Optional<Amount> archive, Optional<Amount> conservation) {

    /**
     * One part's change, in megabytes: sent as the number itself to set the size, or as
     * {@code "+N"} to add to it.
     *
     * @param megabytes the size or the increase; positive
     * @param added     true to add to the present size, false to set it
     */
    public record Amount(int megabytes, boolean added) {

        public Amount {
            if (megabytes <= 0) {
                throw new IllegalArgumentException("a space amount must be positive, not " + megabytes + " MB");
            }
        }

        /** @return set the size to this many megabytes */
        public static Amount setTo(int megabytes) {
            return new Amount(megabytes, false);
        }

        /** @return add this many megabytes */
        public static Amount add(int megabytes) {
            return new Amount(megabytes, true);
        }

        private void requireStep(int step, String part) {
            if (megabytes % step != 0) {
                throw new IllegalArgumentException(part + " changes in steps of " + step + " MB, not " + megabytes);
            }
        }
    }

    public SpaceChange {
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(conservation, "conservation");
        disk.ifPresent(amount -> amount.requireStep(1024, "spazio_disco"));
        archive.ifPresent(amount -> amount.requireStep(1024, "spazio_storico"));
        conservation.ifPresent(amount -> amount.requireStep(512, "spazio_conservazione"));
        if (disk.isEmpty() && archive.isEmpty() && conservation.isEmpty()) {
            throw new IllegalArgumentException("a space change must change at least one part");
        }
    }

    public static SpaceChange disk(Amount amount) {
        return new SpaceChange(Optional.of(amount), Optional.empty(), Optional.empty());
    }

    public static SpaceChange archive(Amount amount) {
        return new SpaceChange(Optional.empty(), Optional.of(amount), Optional.empty());
    }

    public static SpaceChange conservation(Amount amount) {
        return new SpaceChange(Optional.empty(), Optional.empty(), Optional.of(amount));
    }

    public SpaceChange andDisk(Amount amount) {
        return new SpaceChange(Optional.of(amount), archive, conservation);
    }

    public SpaceChange andArchive(Amount amount) {
        return new SpaceChange(disk, Optional.of(amount), conservation);
    }

    public SpaceChange andConservation(Amount amount) {
        return new SpaceChange(disk, archive, Optional.of(amount));
    }
}
