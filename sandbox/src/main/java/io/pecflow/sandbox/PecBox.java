package io.pecflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A mailbox registered through the PEC API, and its life: {@code registrata} → documents uploaded →
 * {@code in_evasione} → after the activation delay {@code evasa} (or {@code documenti_errati} when a
 * document carries {@link PecDocuments#REFUSAL_MARK}) → {@code revocata} on revocation, or at expiry
 * without {@code autorinnovo}; a renewal activates a revoked box again. Time-driven steps happen in
 * {@link #settle(Instant)}. Not thread-safe: its {@link PecAccount} guards it. The extra services
 * (space, storage, type, users) are in {@link PecBoxServices}.
 */
final class PecBox {

    /** The moments a box records, in the order the document writes them. */
    enum Stamp { REGISTRAZIONE, ULTIMA_MODIFICA, EVASIONE, SCADENZA, REVOCA }

    /** A further user of the box: the fields of a {@code Utenza}; {@code activated} is its {@code timestamp.attivazione}. */
    record User(String nome, String cognome, String descrizione, String email, String idUtenza, Instant activated,
                String userid) {
    }

    private final String id;
    private final PecRegistration registration;
    private final String activationCode;
    private final String uid;
    private final Map<Stamp, Instant> stamps = new EnumMap<>(Stamp.class);
    private final List<User> users = new ArrayList<>();
    private PecBoxType type;
    private PecBoxState state = PecBoxState.REGISTRATA;
    private long diskMb;
    private long archiveMb;
    private long conservationMb;
    private boolean conservation;
    private boolean sms;
    private List<String> activationDocuments = List.of();
    private List<String> conservationDocuments = List.of();
    private Instant reviewDue;
    private boolean reviewRefuses;

    PecBox(String id, PecRegistration registration, String activationCode, String uid, Instant now) {
        this.id = id;
        this.registration = registration;
        this.activationCode = activationCode;
        this.uid = uid;
        this.type = registration.type();
        stamps.put(Stamp.REGISTRAZIONE, now);
        stamps.put(Stamp.ULTIMA_MODIFICA, now);
    }

    /** Carries out what is due by {@code now}: the review of the documents, then expiry or automatic renewal. */
    void settle(Instant now) {
        if (state == PecBoxState.IN_EVASIONE && !now.isBefore(reviewDue)) {
            if (reviewRefuses) {
                state = PecBoxState.DOCUMENTI_ERRATI;
                stamps.put(Stamp.ULTIMA_MODIFICA, reviewDue);
            } else {
                activate(reviewDue);
            }
        }
        while (state == PecBoxState.EVASA && !now.isBefore(stamps.get(Stamp.SCADENZA))) {
            Instant expiry = stamps.get(Stamp.SCADENZA);
            if (registration.autoRenew()) {
                stamps.put(Stamp.SCADENZA, RomeTime.plusYears(expiry, 1));
            } else {
                state = PecBoxState.REVOCATA;
                stamps.put(Stamp.REVOCA, expiry);
                stamps.put(Stamp.ULTIMA_MODIFICA, expiry);
            }
        }
    }

    private void activate(Instant at) {
        state = PecBoxState.EVASA;
        stamps.put(Stamp.EVASIONE, at);
        stamps.put(Stamp.SCADENZA, RomeTime.plusYears(at, 1));
        stamps.put(Stamp.ULTIMA_MODIFICA, at);
        diskMb = Math.max(diskMb, type.diskMb());
        archiveMb = Math.max(archiveMb, type.archiveMb());
        sms = type.sms();
    }

    /** {@code PATCH /pec/{id}/attivazione}: documents, then state (428 267), then PDF format (406 296). */
    Optional<PecApiError> uploadActivation(PecDocuments.Read read, Instant now, Duration reviewTime) {
        if (read instanceof PecDocuments.Read.Missing) {
            return Optional.of(PecApiError.required(268, "documenti")); // code: a guess
        }
        if (state != PecBoxState.REGISTRATA && state != PecBoxState.DOCUMENTI_ERRATI) {
            return Optional.of(PecApiError.preconditionRequired(267,
                    "you can activate the pec only when it is in the 'registrata|documenti_errati' state"));
        }
        if (!(read instanceof PecDocuments.Read.Documents docs) || !docs.allPdf()) {
            return Optional.of(PecApiError.notAcceptable(296, "wrong file format, pdf required"));
        }
        activationDocuments = documentNames(docs.documents().size(), "attivazione");
        state = PecBoxState.IN_EVASIONE;
        reviewDue = now.plus(reviewTime);
        reviewRefuses = docs.anyMarked();
        touch(now);
        return Optional.empty();
    }

    /** {@code DELETE /pec/{id}}: only an active box. */
    Optional<PecApiError> revoke(Instant now) {
        if (state == PecBoxState.REVOCATA) {
            return Optional.of(PecApiError.notAcceptable(303, "your pec has already been revoked"));
        }
        if (state != PecBoxState.EVASA) {
            return Optional.of(PecApiError.preconditionRequired(304, "you can revoke the pec only if it is active"));
        }
        state = PecBoxState.REVOCATA;
        stamps.put(Stamp.REVOCA, now);
        touch(now);
        return Optional.empty();
    }

    /**
     * {@code GET /pec/{id}/rinnovo?anni=N}: an active box's expiry moves N years on; a revoked one is
     * active again until N years after the later of its old expiry and now.
     */
    Optional<PecApiError> renew(int years, Instant now) {
        if (state != PecBoxState.EVASA && state != PecBoxState.REVOCATA) {
            return Optional.of(PecApiError.preconditionRequired(203, "you can renew only evaded or revoked pec"));
        }
        Instant expiry = stamps.get(Stamp.SCADENZA);
        if (state == PecBoxState.REVOCATA) {
            expiry = expiry.isAfter(now) ? expiry : now;
            state = PecBoxState.EVASA;
            stamps.remove(Stamp.REVOCA);
        }
        stamps.put(Stamp.SCADENZA, RomeTime.plusYears(expiry, years));
        touch(now);
        return Optional.empty();
    }

    /** Names the documents the way the document's examples do: {@code <id>_<n>_<kind>.pdf}. */
    List<String> documentNames(int count, String kind) {
        return IntStream.range(0, count).mapToObj(i -> id + "_" + i + "_" + kind + ".pdf").toList();
    }

    void touch(Instant now) {
        stamps.put(Stamp.ULTIMA_MODIFICA, now);
    }

    void upgradeTo(PecBoxType target) {
        type = target;
        diskMb = Math.max(diskMb, target.diskMb());
        archiveMb = Math.max(archiveMb, target.archiveMb());
        sms = sms || target.sms();
    }

    void setSpaces(long disk, long archive, long conserved) {
        diskMb = disk;
        archiveMb = archive;
        conservationMb = conserved;
    }

    void startConservation(long mb, List<String> documents) {
        conservation = true;
        conservationMb = mb;
        conservationDocuments = List.copyOf(documents);
    }

    void addUser(User user) {
        users.add(user);
    }

    String id() { return id; }

    String address() { return registration.address(); }

    PecRegistration registration() { return registration; }

    String activationCode() { return activationCode; }

    String uid() { return uid; }

    PecBoxType type() { return type; }

    PecBoxState state() { return state; }

    Map<Stamp, Instant> stamps() { return Collections.unmodifiableMap(stamps); }

    long diskMb() { return diskMb; }

    long archiveMb() { return archiveMb; }

    long conservationMb() { return conservationMb; }

    boolean conservation() { return conservation; }

    boolean sms() { return sms; }

    List<String> activationDocuments() { return activationDocuments; }

    List<String> conservationDocuments() { return conservationDocuments; }

    List<User> users() { return List.copyOf(users); }
}
