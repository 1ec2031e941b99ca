package io.pecflow.sandbox;

import static io.pecflow.sandbox.PecBoxTest.T0;
import static io.pecflow.sandbox.PecBoxTest.documents;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The life of a Comunica PEC request. */
class ComunicaRequestTest {

    static final Duration BACK_OFFICE = Duration.ofHours(1);

    private static ComunicaRequest aRequest() {
        ComunicaApplication application = ((PecApiOutcome.Done<ComunicaApplication>) ComunicaApplication.parse(
                PecApiExamples.communication("mypec@pec.it"), d -> true)).value();
        return new ComunicaRequest("60ad149c3a7168084f1d2b68", application, T0, BACK_OFFICE);
    }

    @Test
    void shouldWaitForTheCodeThenForTheDocumentsThenBeCarriedOut() {
        ComunicaRequest request = aRequest();
        assertThat(request.state()).isEqualTo(ComunicaRequest.State.CODICE_IN_RICHIESTA);

        request.settle(T0.plus(BACK_OFFICE));
        assertThat(request.state()).isEqualTo(ComunicaRequest.State.IN_ATTESA_DI_DOCUMENTI);
        assertThat(request.changed()).isEqualTo(T0.plus(BACK_OFFICE));

        Duration later = BACK_OFFICE.multipliedBy(5);
        assertThat(request.upload(documents(PecApiExamples.PDF), T0.plus(later))).isEmpty();
        assertThat(request.state()).isEqualTo(ComunicaRequest.State.DOCUMENTI_CARICATI);
        assertThat(request.documents()).containsExactly("60ad149c3a7168084f1d2b68_0_registro_imprese.p7m");
        request.settle(T0.plus(later).plus(BACK_OFFICE).minusSeconds(1));
        assertThat(request.state()).isEqualTo(ComunicaRequest.State.DOCUMENTI_CARICATI);

        request.settle(T0.plus(later).plus(BACK_OFFICE));
        assertThat(request.state()).isEqualTo(ComunicaRequest.State.COMUNICAZIONE_EVASA);
        assertThat(request.state().wire()).isEqualTo("comunicazione_evasa");
    }

    @Test
    void shouldTakeDocumentsOnlyWhileWaitingForThem() {
        ComunicaRequest request = aRequest();

        assertThat(request.upload(documents(PecApiExamples.PDF), T0)).contains(PecApiError.notAcceptable(355,
                "you can only upload documents when stato is 'in_attesa_di_documenti'"));
        request.settle(T0.plus(BACK_OFFICE));
        assertThat(request.upload(documents(), T0.plus(BACK_OFFICE))).contains(PecApiError.required(356, "documenti"));
        assertThat(request.upload(documents("%%%"), T0.plus(BACK_OFFICE)).map(PecApiError::status)).contains(406);
        assertThat(request.state()).isEqualTo(ComunicaRequest.State.IN_ATTESA_DI_DOCUMENTI);
    }
}
