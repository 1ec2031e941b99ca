package io.pecflow.adapter.pec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A communication to the Business Register as the PEC API describes it
 * ({@code RichiestaComunicazionePec}). Immutable.
 *
 * @param id                {@code id}
 * @param address           {@code casella_pec}: the PEC address communicated
 * @param applicantTaxCode  {@code cf}
 * @param firstName         {@code nome}
 * @param lastName          {@code cognome}
 * @param qualification     {@code qualifica}; empty when the provider's word is not a known role
 * @param email             {@code email}
 * @param mobile            {@code cellulare}
 * @param companyName       {@code ragione_sociale}
 * @param companyTaxCode    {@code cf_piva}
 * @param municipality      {@code comune}
 * @param province          {@code provincia}
 * @param state             {@code stato}
 * @param registerCode      {@code codice_registro_imprese}
 * @param registerDocuments {@code documenti_registro_imprese}: file names of the documents uploaded
 * @param owner             {@code owner}
 * @param updated           {@code timestamp}: the last change, it seems (Unix seconds on the wire)
 */
public record Communication(CommunicationId id, String address, String applicantTaxCode, String firstName,
                            String lastName, Optional<Qualification> qualification, String email, String mobile,
                            String companyName, String companyTaxCode, String municipality, String province,
                            CommunicationState state, String registerCode, List<String> registerDocuments,
                            String owner, Optional<Instant> updated) {

    public Communication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(applicantTaxCode, "applicantTaxCode");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(companyTaxCode, "companyTaxCode");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(registerCode, "registerCode");
        registerDocuments = List.copyOf(registerDocuments);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(updated, "updated");
    }
}
