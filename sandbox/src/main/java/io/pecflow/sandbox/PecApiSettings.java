package io.pecflow.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the PEC API (pec.openapi.it) the sandbox also serves. Immutable; the {@code with…}
 * methods return a copy.
 *
 * @param certifiedDomains the domains {@code GET /domini_pec/{dominio}} finds, lower case; the domains of
 *                         the sandbox's own PEC Massiva mailboxes are found as well
 * @param activationDelay  sandbox time the provider's back office takes: activation documents uploaded
 *                         ({@code in_evasione}) to {@code evasa}, and each timed step of a Comunica PEC
 *                         request; zero settles them by the next call
 * @param credit           the account's wallet in euros; paid calls answer 402 once it cannot cover them
 */
public record PecApiSettings(Set<String> certifiedDomains, Duration activationDelay, BigDecimal credit) {

    /**
     * The PEC providers' own domains, the test domains of the provider's sandbox, and the example domains
     * the sandbox's recipients use ({@code example.it}, {@code pec.example.it}).
     */
    public static final Set<String> DEFAULT_CERTIFIED_DOMAINS = Set.of(
            "legalmail.it", "cert.legalmail.it", "testcert.legalmail.it", "pec.it", "pec.aruba.it", "arubapec.it",
            "postecert.it", "pec.libero.it", "sicurezzapostale.it", "pec.cgn.it", "pec.buffetti.it", "gigapec.it",
            "pecmassiva.com", "domiciliodigitale.com", "test.domiciliodigitale.com", "example.it", "pec.example.it");

    /** Validates the fields and copies the set. */
    public PecApiSettings {
        Set<String> domains = new LinkedHashSet<>();
        for (String d : certifiedDomains) {
            domains.add(Addresses.domain(d).orElseThrow(
                    () -> new IllegalArgumentException("not a domain name: '" + d + "'")));
        }
        certifiedDomains = Set.copyOf(domains);
        Objects.requireNonNull(activationDelay, "activationDelay");
        if (activationDelay.isNegative()) {
            throw new IllegalArgumentException("activationDelay must not be negative, was " + activationDelay);
        }
        Money.cents(credit, "credit");
    }

    /** @return the defaults: {@link #DEFAULT_CERTIFIED_DOMAINS}, a 5 s activation delay, 10,000.00 euros of credit */
    public static PecApiSettings defaults() {
        return new PecApiSettings(DEFAULT_CERTIFIED_DOMAINS, Duration.ofSeconds(5), new BigDecimal("10000.00"));
    }

    /** @return a copy that also finds {@code domain} */
    public PecApiSettings withCertifiedDomain(String domain) {
        Set<String> more = new LinkedHashSet<>(certifiedDomains);
        more.add(domain);
        return new PecApiSettings(more, activationDelay, credit);
    }

    /** @return a copy with this activation delay */
    public PecApiSettings withActivationDelay(Duration delay) {
        return new PecApiSettings(certifiedDomains, delay, credit);
    }

    /** @return a copy with this credit in euros */
    public PecApiSettings withCredit(BigDecimal euros) {
        return new PecApiSettings(certifiedDomains, activationDelay, euros);
    }
}
