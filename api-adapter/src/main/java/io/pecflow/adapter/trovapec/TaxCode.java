package io.pecflow.adapter.trovapec;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What TrovaPEC searches by: a VAT number ({@code partita IVA}, 11 digits, also the tax code of
 * most companies) or a personal tax code ({@code codice fiscale}, 16 letters and digits). Checked
 * lightly, by shape only (no check character), after dropping spaces and upper-casing.
 * Immutable.
 *
 * @param value the code, upper-case and without spaces
 */
public record TaxCode(String value) {

    private static final Pattern VAT_NUMBER = Pattern.compile("\\d{11}");
    /** Surname, name, birth year, month, day and place, check letter; digits may be letters (omocodia). */
    private static final Pattern PERSONAL_CODE =
            Pattern.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

    /**
     * @throws IllegalArgumentException when the value has neither shape; the message names the
     *                                  shapes and the length seen, not the value (it may be personal data)
     */
    public TaxCode {
        Objects.requireNonNull(value, "tax code");
        value = value.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (!VAT_NUMBER.matcher(value).matches() && !PERSONAL_CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("a tax code is either a VAT number (11 digits) or a personal tax code"
                    + " (16 letters and digits); got " + value.length() + " characters"
                    + " that are neither");
        }
    }

    public static TaxCode of(String value) {
        return new TaxCode(value);
    }

    /** @return true for a VAT number (11 digits), false for a personal tax code */
    public boolean isVatNumber() {
        return value.length() == 11;
    }

    @Override
    public String toString() {
        return value;
    }
}
