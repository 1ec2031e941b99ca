package io.pecflow.sandbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Syntax of domains, mail addresses and Italian tax codes, as the PEC API and TrovaPEC check them. */
final class Addresses {

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** A VAT number (partita IVA, 11 digits) or a personal tax code (codice fiscale, 16 letters and digits). */
    private static final Pattern TAX_CODE = Pattern.compile("\\d{11}|[A-Z0-9]{16}");

    private Addresses() {
    }

    /** @return the domain in lower case, or empty if it is not a well-formed domain name */
    static Optional<String> domain(String text) {
        String d = text.trim().toLowerCase(Locale.ROOT);
        return DOMAIN.matcher(d).matches() ? Optional.of(d) : Optional.empty();
    }

    /** @return the address in lower case, or empty if it is not {@code local@domain} */
    static Optional<String> address(String text) {
        String a = text.trim().toLowerCase(Locale.ROOT);
        int at = a.indexOf('@');
        if (at <= 0 || at != a.lastIndexOf('@') || !LOCAL_PART.matcher(a.substring(0, at)).matches()) {
            return Optional.empty();
        }
        return domain(a.substring(at + 1)).map(d -> a);
    }

    /** @return the domain part of a well-formed address */
    static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    /** @return the local part of a well-formed address */
    static String localPartOf(String address) {
        return address.substring(0, address.indexOf('@'));
    }

    /** @return the tax code in upper case, or empty if it is neither 11 digits nor 16 letters and digits */
    static Optional<String> taxCode(String text) {
        String c = text.trim().toUpperCase(Locale.ROOT);
        return TAX_CODE.matcher(c).matches() ? Optional.of(c) : Optional.empty();
    }
}
