package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.CustomerType;
import io.pecflow.adapter.pec.MailboxRegistration;
import io.pecflow.adapter.pec.MailboxRegistration.Applicant;
import io.pecflow.adapter.pec.MailboxRegistration.Holder;
import io.pecflow.adapter.pec.MailboxRegistration.Sex;
import io.pecflow.adapter.pec.MailboxType;
import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.cli.CliContext;
import io.pecflow.cli.CliException;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.output.Output;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pecflow mailbox register}: a new mailbox (charges the wallet); it waits for its activation documents. */
@Command(name = "register", sortOptions = false,
        description = {"Register a new mailbox (charges the wallet).",
                "It is REGISTERED until the signed activation form and an identity document are uploaded",
                "(activation-form, activate)."})
final class RegisterCommand extends PecApiCommand {

    @Option(names = "--address", required = true, description = "The new address, e.g. name@legalmail.it.")
    private String address;
    @Option(names = "--type", required = true, description = "STANDARD, BRONZE, SILVER, GOLD, DOMICILIODIGITALE or PECMASSIVA.")
    private MailboxType type;
    @Option(names = "--customer-type", defaultValue = "PRIVATE_PERSON",
            description = "COMPANY, PROFESSIONAL, LOCAL_ADMINISTRATION, CENTRAL_ADMINISTRATION, ASSOCIATION,"
                    + " PRIVATE_PERSON or OTHER (default: PRIVATE_PERSON).")
    private CustomerType customerType;
    @Option(names = "--first-name", required = true, description = "The applicant's first name.")
    private String firstName;
    @Option(names = "--last-name", required = true, description = "The applicant's last name.")
    private String lastName;
    @Option(names = "--email", required = true, description = "The applicant's e-mail.")
    private String email;
    @Option(names = "--phone", required = true, description = "The applicant's phone.")
    private String phone;
    @Option(names = "--mobile", defaultValue = "", description = "The applicant's mobile.")
    private String mobile;
    @Option(names = "--tax-code", required = true, description = "The applicant's tax code.")
    private String taxCode;
    @Option(names = "--birth-date", required = true, paramLabel = "<yyyy-mm-dd>", description = "The applicant's birth date.")
    private LocalDate birthDate;
    @Option(names = "--sex", required = true, description = "M or F.")
    private Sex sex;
    @Option(names = "--birth-country", defaultValue = "IT", description = "Country code (default: IT).")
    private String birthCountry;
    @Option(names = "--birth-municipality", defaultValue = "", description = "Municipality of birth.")
    private String birthMunicipality;
    @Option(names = "--birth-province", defaultValue = "", description = "Province code of birth.")
    private String birthProvince;
    @Option(names = "--holder-name", defaultValue = "", description = "The holder's name, for a company.")
    private String holderName;
    @Option(names = "--holder-tax-code", defaultValue = "", description = "The holder's tax code or VAT number.")
    private String holderTaxCode;
    @Option(names = "--street", required = true, description = "The holder's street address.")
    private String street;
    @Option(names = "--municipality", required = true, description = "The holder's municipality.")
    private String municipality;
    @Option(names = "--postal-code", required = true, description = "The holder's postal code.")
    private String postalCode;
    @Option(names = "--country", defaultValue = "IT", description = "The holder's country code (default: IT).")
    private String country;
    @Option(names = "--province", required = true, description = "The holder's province code.")
    private String province;
    @Option(names = "--auto-renew", description = "Renew at expiry from the wallet.")
    private boolean autoRenew;

    RegisterCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(PecApiClient client, Output output) {
        output.record(PecViews.mailbox(value(client.register(registration()), "register the mailbox")));
        return ExitCode.OK;
    }

    private MailboxRegistration registration() {
        try {
            Applicant applicant = new Applicant(firstName, lastName, email, phone, mobile, taxCode, birthDate, sex,
                    birthCountry, birthMunicipality, birthProvince);
            Holder holder = new Holder(holderName, holderTaxCode, street, municipality, postalCode, country, province);
            return new MailboxRegistration(address, type, customerType, "", "", applicant, holder, Optional.empty(),
                    Optional.empty(), autoRenew);
        } catch (IllegalArgumentException | NullPointerException wrong) {
            throw CliException.usage("the registration is incomplete: " + Objects.toString(wrong.getMessage(), "a value is missing"));
        }
    }
}
