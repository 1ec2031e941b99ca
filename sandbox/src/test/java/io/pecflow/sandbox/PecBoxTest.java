package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The life of a PEC API mailbox: activation, review, revocation, renewal, expiry. */
class PecBoxTest {

    static final Instant T0 = Instant.parse("2021-03-04T13:31:52Z");
    static final Duration REVIEW = Duration.ofHours(3);

    static PecBox aBox(ObjectNode body) {
        PecRegistration registration = ((PecApiOutcome.Done<PecRegistration>) PecRegistration.parse(body)).value();
        return new PecBox("6045fdee3a716847a978a471", registration, "10174594", "MA178634", T0);
    }

    static PecBox anActiveBox(String type) {
        PecBox box = aBox(PecApiExamples.registration("yourpec@legalmail.it", type));
        box.uploadActivation(documents(PecApiExamples.PDF), T0, Duration.ZERO);
        box.settle(T0);
        return box;
    }

    static PecDocuments.Read documents(String... base64) {
        return PecDocuments.read(SandboxHttp.MAPPER.readTree(PecApiExamples.documents(base64)));
    }

    @Test
    void shouldStartRegisteredAndWaitForTheDocuments() {
        PecBox box = aBox(PecApiExamples.registration());

        box.settle(T0.plus(Duration.ofDays(30)));

        assertThat(box.state()).isEqualTo(PecBoxState.REGISTRATA);
        assertThat(box.stamps()).containsOnlyKeys(PecBox.Stamp.REGISTRAZIONE, PecBox.Stamp.ULTIMA_MODIFICA);
    }

    @Test
    void shouldBeActiveOnceTheBackOfficeHasCheckedTheDocuments() {
        PecBox box = aBox(PecApiExamples.registration());

        assertThat(box.uploadActivation(documents(PecApiExamples.PDF, PecApiExamples.PDF), T0, REVIEW)).isEmpty();
        assertThat(box.state()).isEqualTo(PecBoxState.IN_EVASIONE);
        assertThat(box.activationDocuments()).containsExactly("6045fdee3a716847a978a471_0_attivazione.pdf",
                "6045fdee3a716847a978a471_1_attivazione.pdf");
        box.settle(T0.plus(REVIEW).minusSeconds(1));
        assertThat(box.state()).isEqualTo(PecBoxState.IN_EVASIONE);

        box.settle(T0.plus(REVIEW));

        assertThat(box.state()).isEqualTo(PecBoxState.EVASA);
        assertThat(box.stamps().get(PecBox.Stamp.EVASIONE)).isEqualTo(T0.plus(REVIEW));
        assertThat(RomeTime.day(box.stamps().get(PecBox.Stamp.SCADENZA))).isEqualTo("04/03/2022");
        assertThat(box.diskMb()).isEqualTo(PecBoxType.BRONZE.diskMb());
    }

    @Test
    void shouldGoToDocumentiErratiWhenTheBackOfficeRefusesAndTakeNewDocuments() {
        PecBox box = aBox(PecApiExamples.registration());
        box.uploadActivation(documents(PecApiExamples.REFUSED_PDF), T0, REVIEW);

        box.settle(T0.plus(REVIEW));

        assertThat(box.state()).isEqualTo(PecBoxState.DOCUMENTI_ERRATI);
        assertThat(box.uploadActivation(documents(PecApiExamples.PDF), T0.plus(REVIEW), Duration.ZERO)).isEmpty();
        box.settle(T0.plus(REVIEW));
        assertThat(box.state()).isEqualTo(PecBoxState.EVASA);
    }

    @Test
    void shouldRefuseActivationDocumentsThatAreMissingNotPdfOrComeTooLate() {
        PecBox box = aBox(PecApiExamples.registration());

        assertThat(box.uploadActivation(documents(), T0, REVIEW)).contains(PecApiError.required(268, "documenti"));
        assertThat(box.uploadActivation(documents(PecApiExamples.PNG), T0, REVIEW).map(PecApiError::code)).contains(296);
        assertThat(box.uploadActivation(documents("%%%"), T0, REVIEW).map(PecApiError::status)).contains(406);
        assertThat(box.state()).isEqualTo(PecBoxState.REGISTRATA);
        box.uploadActivation(documents(PecApiExamples.PDF), T0, REVIEW);
        assertThat(box.uploadActivation(documents(PecApiExamples.PDF), T0, REVIEW)).contains(PecApiError.preconditionRequired(
                267, "you can activate the pec only when it is in the 'registrata|documenti_errati' state"));
    }

    @Test
    void shouldRevokeOnlyAnActiveBoxAndOnlyOnce() {
        PecBox registered = aBox(PecApiExamples.registration());
        PecBox active = anActiveBox("STANDARD");

        assertThat(registered.revoke(T0).map(PecApiError::code)).contains(304);
        assertThat(active.revoke(T0.plusSeconds(60))).isEmpty();
        assertThat(active.state()).isEqualTo(PecBoxState.REVOCATA);
        assertThat(active.stamps().get(PecBox.Stamp.REVOCA)).isEqualTo(T0.plusSeconds(60));
        assertThat(active.revoke(T0).map(PecApiError::code)).contains(303);
    }

    @Test
    void shouldMoveTheExpiryOnByTheYearsRenewed() {
        PecBox box = anActiveBox("GOLD");

        assertThat(box.renew(2, T0)).isEmpty();

        assertThat(RomeTime.day(box.stamps().get(PecBox.Stamp.SCADENZA))).isEqualTo("04/03/2024");
        assertThat(aBox(PecApiExamples.registration()).renew(1, T0).map(PecApiError::code)).contains(203);
    }

    @Test
    void shouldActivateARevokedBoxAgainOnRenewal() {
        PecBox box = anActiveBox("STANDARD");
        Instant later = T0.plus(Duration.ofDays(800));
        box.settle(later); // expired a year after activation

        assertThat(box.state()).isEqualTo(PecBoxState.REVOCATA);
        assertThat(box.stamps().get(PecBox.Stamp.REVOCA)).isEqualTo(RomeTime.plusYears(T0, 1));
        assertThat(box.renew(1, later)).isEmpty();

        assertThat(box.state()).isEqualTo(PecBoxState.EVASA);
        assertThat(box.stamps()).doesNotContainKey(PecBox.Stamp.REVOCA);
        assertThat(box.stamps().get(PecBox.Stamp.SCADENZA)).isEqualTo(RomeTime.plusYears(later, 1));
    }

    @Test
    void shouldRenewItselfAtExpiryWithAutorinnovo() {
        PecBox box = aBox(PecApiExamples.registration("auto@legalmail.it", "SILVER").put("autorinnovo", true));
        box.uploadActivation(documents(PecApiExamples.PDF), T0, Duration.ZERO);

        box.settle(T0.plus(Duration.ofDays(800)));

        assertThat(box.state()).isEqualTo(PecBoxState.EVASA);
        assertThat(RomeTime.day(box.stamps().get(PecBox.Stamp.SCADENZA))).isEqualTo("04/03/2024");
    }

    @Test
    void shouldKeepTheBoxUnchangedWhenTheWalletRefuses() {
        PecBox box = anActiveBox("STANDARD");
        PecWallet empty = call -> Optional.of(call.insufficientCredit(0));

        Optional<PecApiError> refusal = PecBoxServices.transform(box,
                SandboxHttp.object().put("tipo_casella", "GOLD"), T0, empty);

        assertThat(refusal).contains(PecApiError.insufficientCredit(279, 0));
        assertThat(refusal.get().message()).isEqualTo("Insufficient Credit in Wallet: 0.00");
        assertThat(box.type()).isEqualTo(PecBoxType.STANDARD);
    }
}
