package io.pecflow.adapter.pec;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A new mailbox to register ({@code POST /pec}, schema {@code BodyPostPec}). Registering does not
 * activate it: the signed activation form and an identity document must follow
 * ({@link PecApiClient#activate}). Without a certified domain of one's own the address must end
 * in {@code @legalmail.it} (STANDARD to GOLD), {@code @domiciliodigitale.com} or
 * {@code @pecmassiva.com}; in the sandbox {@code @testcert.legalmail.it} or
 * {@code @test.domiciliodigitale.com}. Optional texts are {@code ""} when absent and then left
 * out of the request. Immutable.
 *
 * @param address              {@code casella_pec}
 * @param type                 {@code tipo_casella}; not {@link MailboxType#UNKNOWN}
 * @param customerType         {@code tipo_cliente}
 * @param customerSubtype      {@code sottotipo_cliente}, a code under the customer type (e.g. {@code IN},
 *                             {@code PA}); optional
 * @param customerSubtypeOther {@code sottotipo_cliente_altro}; optional
 * @param applicant            the person asking
 * @param holder               who the box belongs to
 * @param identityDocument     the applicant's identity document, if given now
 * @param callback             where to be told of state changes, if anywhere
 * @param autoRenew            {@code autorinnovo}: renew at expiry from the account's credit
 */
public record MailboxRegistration(String address, MailboxType type, CustomerType customerType, String customerSubtype,
                                  String customerSubtypeOther, Applicant applicant, Holder holder,
                                  Optional<IdentityDocument> identityDocument, Optional<Callback> callback,
                                  boolean autoRenew) {

    public MailboxRegistration {
        Fields.requireText(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(customerType, "customerType");
        Fields.requirePresent(customerSubtype, "customerSubtype");
        Fields.requirePresent(customerSubtypeOther, "customerSubtypeOther");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(identityDocument, "identityDocument");
        Objects.requireNonNull(callback, "callback");
        if (type == MailboxType.UNKNOWN) {
            throw new IllegalArgumentException("a mailbox type must be chosen; UNKNOWN is only read, never sent");
        }
    }

    /** The required parts only: no subtype, identity document or callback, no automatic renewal. */
    public static MailboxRegistration of(String address, MailboxType type, CustomerType customerType,
                                         Applicant applicant, Holder holder) {
        return new MailboxRegistration(address, type, customerType, "", "", applicant, holder, Optional.empty(),
                Optional.empty(), false);
    }

    /** @return this registration with a callback */
    public MailboxRegistration withCallback(Callback value) {
        return new MailboxRegistration(address, type, customerType, customerSubtype, customerSubtypeOther, applicant,
                holder, identityDocument, Optional.of(value), autoRenew);
    }

    /** @return this registration with the applicant's identity document */
    public MailboxRegistration withIdentityDocument(IdentityDocument value) {
        return new MailboxRegistration(address, type, customerType, customerSubtype, customerSubtypeOther, applicant,
                holder, Optional.of(value), callback, autoRenew);
    }

    /**
     * The person asking for the box. Optional texts are {@code ""} when absent.
     *
     * @param firstName         {@code nome_richiedente}
     * @param lastName          {@code cognome_richiedente}
     * @param email             {@code email}
     * @param phone             {@code telefono}
     * @param mobile            {@code cellulare}; optional
     * @param taxCode           {@code codice_fiscale_richiedente}
     * @param birthDate         {@code data_nascita_richiedente} (sent as dd/MM/yyyy)
     * @param sex               {@code sesso_richiedente}
     * @param birthCountry      {@code nazione_nascita_richiedente}, a country code (e.g. {@code IT})
     * @param birthMunicipality {@code comune_nascita_richiedente}; optional
     * @param birthProvince     {@code provincia_nascita_richiedente}, a province code; optional
     */
    public record Applicant(String firstName, String lastName, String email, String phone, String mobile,
                            String taxCode, LocalDate birthDate, Sex sex, String birthCountry,
                            String birthMunicipality, String birthProvince) {

        public Applicant {
            Fields.requireText(firstName, "firstName");
            Fields.requireText(lastName, "lastName");
            Fields.requireText(email, "email");
            Fields.requireText(phone, "phone");
            Fields.requirePresent(mobile, "mobile");
            Fields.requireText(taxCode, "taxCode");
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(sex, "sex");
            Fields.requireText(birthCountry, "birthCountry");
            Fields.requirePresent(birthMunicipality, "birthMunicipality");
            Fields.requirePresent(birthProvince, "birthProvince");
        }
    }

    /** {@code sesso_richiedente}. */
    public enum Sex {
        M, F
    }

    /**
     * Who the box belongs to. Optional texts are {@code ""} when absent.
     *
     * @param name         {@code denominazione_titolare}, for a company; optional
     * @param taxCodeOrVat {@code cf_piva_titolare}; optional
     * @param street       {@code indirizzo_titolare}
     * @param municipality {@code comune_titolare}
     * @param postalCode   {@code cap_titolare}
     * @param country      {@code nazione_titolare}, a country code
     * @param province     {@code provincia_titolare}, a province code
     */
    public record Holder(String name, String taxCodeOrVat, String street, String municipality, String postalCode,
                         String country, String province) {

        public Holder {
            Fields.requirePresent(name, "name");
            Fields.requirePresent(taxCodeOrVat, "taxCodeOrVat");
            Fields.requireText(street, "street");
            Fields.requireText(municipality, "municipality");
            Fields.requireText(postalCode, "postalCode");
            Fields.requireText(country, "country");
            Fields.requireText(province, "province");
        }
    }

    /**
     * The applicant's identity document.
     *
     * @param kind     {@code tipo_documento}
     * @param number   {@code numero_documento}
     * @param expiry   {@code data_scadenza_documento} (sent as dd/MM/yyyy)
     * @param issuedBy {@code documento_rilasciato_da}
     * @param issuedOn {@code data_rilascio_documento} (sent as dd/MM/yyyy)
     */
    public record IdentityDocument(Kind kind, String number, LocalDate expiry, String issuedBy, LocalDate issuedOn) {

        /** {@code tipo_documento}; the wire word is the constant's name. */
        public enum Kind {
            CARTA_D_IDENTITA, PATENTE, PASSAPORTO
        }

        public IdentityDocument {
            Objects.requireNonNull(kind, "kind");
            Fields.requireText(number, "number");
            Objects.requireNonNull(expiry, "expiry");
            Fields.requireText(issuedBy, "issuedBy");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }
    }
}
