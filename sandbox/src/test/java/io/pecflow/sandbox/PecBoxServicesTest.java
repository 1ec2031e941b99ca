package io.pecflow.sandbox;

import static io.pecflow.sandbox.PecBoxTest.T0;
import static io.pecflow.sandbox.PecBoxTest.anActiveBox;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The extra services of an active Legalmail box. */
class PecBoxServicesTest {

    static final PecWallet FREE = call -> Optional.empty();

    private static ObjectNode body() {
        return SandboxHttp.object();
    }

    @Test
    void shouldAddSpaceWithAPlusAndSetItWithABareNumber() {
        PecBox box = anActiveBox("GOLD");
        box.setSpaces(2048, 13312, 0);
        PecBoxServices.conserve(box, body().put("documenti", PecApiExamples.PDF), T0, FREE);

        Optional<PecApiError> refusal = PecBoxServices.modify(box,
                body().put("spazio_disco", "3072").put("spazio_storico", "+1024").put("spazio_conservazione", 1536), T0, FREE);

        assertThat(refusal).isEmpty();
        assertThat(new long[] {box.diskMb(), box.archiveMb(), box.conservationMb()}).containsExactly(3072, 14336, 1536);
    }

    @Test
    void shouldRefuseSpacesThatAreNotMultiplesOrSmallerOrNotYetPossible() {
        PecBox box = anActiveBox("BRONZE");

        assertThat(PecBoxServices.modify(box, body().put("spazio_disco", 1000), T0, FREE))
                .contains(PecApiError.notAcceptable(325, "the system only takes into account multiples of 1024"));
        assertThat(PecBoxServices.modify(box, body().put("spazio_disco", "+abc"), T0, FREE).map(PecApiError::code)).contains(284);
        assertThat(PecBoxServices.modify(box, body().put("spazio_storico", 0), T0, FREE).map(PecApiError::code)).contains(325);
        box.setSpaces(2048, 1024, 0);
        assertThat(PecBoxServices.modify(box, body().put("spazio_disco", 1024), T0, FREE).map(PecApiError::message))
                .contains("only a space upgrade is allowed");
        assertThat(PecBoxServices.modify(box, body().put("spazio_conservazione", 512), T0, FREE))
                .contains(PecApiError.preconditionRequired(282, "you must first activate the 'conservazione' service"));
        assertThat(PecBoxServices.modify(box, body(), T0, FREE).map(PecApiError::status)).contains(428);
    }

    @Test
    void shouldStartConservationOnceWith512MbUnlessToldOtherwise() {
        PecBox box = anActiveBox("SILVER");

        assertThat(PecBoxServices.conserve(box, body(), T0, FREE)).contains(PecApiError.required(294, "documenti"));
        assertThat(PecBoxServices.conserve(box, body().put("documenti", PecApiExamples.PNG), T0, FREE)
                .map(PecApiError::code)).contains(296);
        assertThat(PecBoxServices.conserve(box, body().put("documenti", PecApiExamples.PDF), T0, FREE)).isEmpty();

        assertThat(box.conservation()).isTrue();
        assertThat(box.conservationMb()).isEqualTo(512);
        assertThat(box.conservationDocuments()).containsExactly("6045fdee3a716847a978a471_0_conservazione.pdf");
        assertThat(PecBoxServices.conserve(box, body().put("documenti", PecApiExamples.PDF), T0, FREE))
                .contains(PecApiError.notAcceptable(293, "conservazione service is already active"));
    }

    @Test
    void shouldOnlyClimbTheLadderOfTypes() {
        PecBox box = anActiveBox("BRONZE");

        assertThat(PecBoxServices.transform(box, body().put("tipo_casella", "STANDARD"), T0, FREE)).contains(
                PecApiError.notAcceptable(276, "a downgrade of the 'tipo_casella' is not allowed; only SILVER or GOLD allowed"));
        assertThat(PecBoxServices.transform(box, body().put("tipo_casella", "PECMASSIVA"), T0, FREE)
                .map(PecApiError::code)).contains(271);
        assertThat(PecBoxServices.transform(box, body(), T0, FREE).map(PecApiError::code)).contains(270);
        assertThat(PecBoxServices.transform(box, body().put("tipo_casella", "gold"), T0, FREE)).isEmpty();

        assertThat(box.type()).isEqualTo(PecBoxType.GOLD);
        assertThat(box.diskMb()).isEqualTo(PecBoxType.GOLD.diskMb());
        assertThat(PecBoxServices.transform(box, body().put("tipo_casella", "GOLD"), T0, FREE).map(PecApiError::message))
                .contains("a downgrade of the 'tipo_casella' is not allowed; GOLD is the highest type");
    }

    @Test
    void shouldOfferNoServiceToADomicilioDigitaleOrAnInactiveBox() {
        PecBox domicilio = PecBoxTest.aBox(PecApiExamples.registration("mario@domiciliodigitale.com", "DOMICILIODIGITALE"));
        PecBox registered = PecBoxTest.aBox(PecApiExamples.registration());

        assertThat(PecBoxServices.addUser(domicilio, user(), T0, FREE, () -> "MA1")).contains(
                PecApiError.preconditionRequired(390, "this service cannot be activated on these boxes: DOMICILIODIGITALE|PECMASSIVA"));
        assertThat(PecBoxServices.transform(registered, body().put("tipo_casella", "GOLD"), T0, FREE)).contains(
                PecApiError.preconditionRequired(272, "you can trasform your certified mail only if it has been processed"));
    }

    @Test
    void shouldAddUsersUpToTwentyFive() {
        PecBox box = anActiveBox("STANDARD");
        for (int i = 0; i < PecBoxServices.MAX_USERS; i++) {
            assertThat(PecBoxServices.addUser(box, user(), T0, FREE, () -> "MA177993")).isEmpty();
        }

        assertThat(PecBoxServices.addUser(box, user(), T0, FREE, () -> "MA1"))
                .contains(PecApiError.notAcceptable(217, "maximum number of users reached: 25"));
        assertThat(box.users().get(1).idUtenza()).isEqualTo("6045fdee3a716847a978a471_1");
        assertThat(PecBoxServices.addUser(anActiveBox("GOLD"), user().put("email_gestione_password", "no"), T0, FREE,
                () -> "MA1").map(PecApiError::code)).contains(211);
        assertThat(PecBoxServices.addUser(anActiveBox("GOLD"), body().put("nome", "luca"), T0, FREE, () -> "MA1"))
                .contains(PecApiError.required(215, "cognome"));
    }

    private static ObjectNode user() {
        return body().put("nome", "luca").put("cognome", "bianchi").put("descrizione", "prima utenza")
                .put("email_gestione_password", "mail@domain.com");
    }
}
