package io.pecflow.engine.job;

import java.util.Locale;
import java.util.Optional;

/**
 * A practical RFC 5321 check of the addresses a job names: {@code local@domain}, the local part a
 * dot-atom of at most 64 characters, the domain at least two dot-separated labels of letters, digits
 * and inner hyphens (international domains in punycode, {@code xn--}), no spaces or control
 * characters, at most 254 characters in all. Quoted local parts and address literals are not
 * accepted: no PEC provider hands them out. Stateless and thread-safe.
 */
public final class EmailAddresses {

    /** The longest address RFC 5321 lets through a {@code RCPT TO}. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final String ATEXT_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private EmailAddresses() {
    }

    /** @return the address trimmed and lower-cased, as PecFlow keeps and compares addresses */
    public static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /** @return true when {@link #problem(String)} finds nothing */
    public static boolean isValid(String address) {
        return problem(address).isEmpty();
    }

    /**
     * @param address an address, normalised or not
     * @return why it is not an address, phrased to follow "is not an e-mail address", or empty
     */
    public static Optional<String> problem(String address) {
        if (address.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (address.length() > MAX_LENGTH) {
            return Optional.of("it is longer than " + MAX_LENGTH + " characters");
        }
        if (address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("it contains a space or a control character");
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return Optional.of("there is no @");
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return Optional.of("there is more than one @");
        }
        return localProblem(address.substring(0, at)).or(() -> domainProblem(address.substring(at + 1)));
    }

    private static Optional<String> localProblem(String local) {
        if (local.isEmpty()) {
            return Optional.of("nothing before the @");
        }
        if (local.length() > MAX_LOCAL) {
            return Optional.of("the part before the @ is longer than " + MAX_LOCAL + " characters");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("the part before the @ starts or ends with a dot, or has two in a row");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && ATEXT_SPECIALS.indexOf(c) < 0) {
                return Optional.of("the part before the @ contains " + describe(c));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> domainProblem(String domain) {
        if (domain.isEmpty()) {
            return Optional.of("nothing after the @");
        }
        if (!domain.contains(".")) {
            return Optional.of("the domain has no dot");
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            Optional<String> problem = labelProblem(label);
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("the domain ends in a number, not a name");
        }
        return Optional.empty();
    }

    private static Optional<String> labelProblem(String label) {
        if (label.isEmpty()) {
            return Optional.of("the domain starts or ends with a dot, or has two in a row");
        }
        if (label.length() > MAX_LABEL) {
            return Optional.of("a part of the domain is longer than " + MAX_LABEL + " characters");
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            return Optional.of("a part of the domain starts or ends with '-'");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-') {
                return Optional.of("the domain contains " + describe(c)
                        + (c > 0x7F ? " (write an international domain in punycode, xn--...)" : ""));
            }
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String describe(char c) {
        return c > 0x7F ? "the non-ASCII character '" + c + "'" : "the character '" + c + "'";
    }
}
