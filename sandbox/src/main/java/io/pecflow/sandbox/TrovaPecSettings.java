package io.pecflow.sandbox;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the TrovaPEC web service ({@code /index_ws.php}) the sandbox also serves. Immutable; the
 * {@code with…} methods return a copy. {@link #toString()} never shows the key.
 *
 * @param key      the user key every call must carry (a secret)
 * @param waits    how many times a result is answered {@code WAIT|<token>} before it is given
 * @param taxCodes the directory: VAT number or tax code (upper case) to PEC address; codes not in it are
 *                 answered {@code pec non trovata}
 * @param balance  the account balance in euros; each search request costs {@link #PRICE_PER_REQUEST}
 */
public record TrovaPecSettings(String key, int waits, Map<String, String> taxCodes, BigDecimal balance) {

    /** What one search request costs, in euros (a guess: the provider publishes no price list). */
    public static final BigDecimal PRICE_PER_REQUEST = new BigDecimal("0.10");

    /** The user key accepted when none is given: a well-known demo value, not a secret. */
    public static final String DEFAULT_KEY = "trovapec-key";

    /** A few companies to find: two VAT numbers and a personal tax code. */
    public static final Map<String, String> DEFAULT_TAX_CODES = Map.of(
            "01234567890", "esempio.srl@pec.it",
            "12345678901", "amministrazione@legalmail.it",
            "RSSMRA80A01H501U", "mario.rossi@pec.it");

    /** Validates the fields and copies the directory, normalising codes and addresses. */
    public TrovaPecSettings {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("the TrovaPEC key must not be blank");
        }
        if (waits < 0) {
            throw new IllegalArgumentException("waits must not be negative, was " + waits);
        }
        Map<String, String> directory = new LinkedHashMap<>();
        taxCodes.forEach((code, address) -> directory.put(checkedCode(code), checkedAddress(address)));
        taxCodes = Map.copyOf(directory);
        Money.cents(balance, "balance");
    }

    /** @return the defaults: key {@code trovapec-key}, 2 waits, {@link #DEFAULT_TAX_CODES}, 100.00 euros */
    public static TrovaPecSettings defaults() {
        return new TrovaPecSettings(DEFAULT_KEY, 2, DEFAULT_TAX_CODES, new BigDecimal("100.00"));
    }

    /** @return a copy with this user key */
    public TrovaPecSettings withKey(String value) {
        return new TrovaPecSettings(value, waits, taxCodes, balance);
    }

    /** @return a copy that answers {@code WAIT} this many times before each result */
    public TrovaPecSettings withWaits(int value) {
        return new TrovaPecSettings(key, value, taxCodes, balance);
    }

    /** @return a copy whose directory also maps {@code code} (or replaces its address) */
    public TrovaPecSettings withTaxCode(String code, String address) {
        Map<String, String> more = new LinkedHashMap<>(taxCodes);
        more.put(checkedCode(code), checkedAddress(address));
        return new TrovaPecSettings(key, waits, more, balance);
    }

    /** @return a copy with this balance in euros */
    public TrovaPecSettings withBalance(BigDecimal euros) {
        return new TrovaPecSettings(key, waits, taxCodes, euros);
    }

    static String checkedCode(String code) {
        return Addresses.taxCode(code).orElseThrow(() -> new IllegalArgumentException(
                "not a VAT number (11 digits) or tax code (16 letters and digits): '" + code + "'"));
    }

    static String checkedAddress(String address) {
        return Addresses.address(address).orElseThrow(
                () -> new IllegalArgumentException("not a mail address: '" + address + "'"));
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "TrovaPecSettings[waits=" + waits + ", taxCodes=" + taxCodes.size() + ", balance=" + balance + "]";
    }
}
