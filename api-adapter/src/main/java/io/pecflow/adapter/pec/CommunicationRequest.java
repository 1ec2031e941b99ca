package io.pecflow.adapter.pec;

import java.util.Objects;
import java.util.Optional;

/**
 * A request to tell the Business Register a company's or a director's PEC address
 * ({@code POST /comunica_pec}, schema {@code BodyPostComunicaPec}); any active PEC address will
 * do, not only one bought here. Every text is required. Immutable.
 *
 * @param address          {@code casella_pec}: the PEC address to communicate
 * @param applicantTaxCode {@code cf}: the applicant's tax code
 * @param firstName        {@code nome}
 * @param lastName         {@code cognome}
 * @param qualification    {@code qualifica}: the applicant's role in the company
 * @param email            {@code email}
 * @param mobile           {@code cellulare}
 * @param companyName      {@code ragione_sociale}
 * @param companyTaxCode   {@code cf_piva}: the company's tax code or VAT number
 * @param municipality     {@code comune} of the company
 * @param province         {@code provincia} of the company
 * @param directorsAddress {@code pec_amministratore}: true for a director's PEC, false for the company's own
 * @param callback         where to be told of state changes, if anywhere
 */
public record CommunicationRequest(String address, String applicantTaxCode, String firstName, String lastName,
                                   Qualification qualification, String email, String mobile, String companyName,
                                   String companyTaxCode, String municipality, String province,
                                   boolean directorsAddress, Optional<Callback> callback) {

    public CommunicationRequest {
        Fields.requireText(address, "address");
        Fields.requireText(applicantTaxCode, "applicantTaxCode");
        Fields.requireText(firstName, "firstName");
        Fields.requireText(lastName, "lastName");
        Objects.requireNonNull(qualification, "qualification");
        Fields.requireText(email, "email");
        Fields.requireText(mobile, "mobile");
        Fields.requireText(companyName, "companyName");
        Fields.requireText(companyTaxCode, "companyTaxCode");
        Fields.requireText(municipality, "municipality");
        Fields.requireText(province, "province");
        Objects.requireNonNull(callback, "callback");
    }

    /** @return this request with a callback */
    public CommunicationRequest withCallback(Callback value) {
        return new CommunicationRequest(address, applicantTaxCode, firstName, lastName, qualification, email, mobile,
                companyName, companyTaxCode, municipality, province, directorsAddress, Optional.of(value));
    }
}
