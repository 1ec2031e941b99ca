package io.pecflow.adapter.pec;

/** Who the mailbox is for ({@code tipo_cliente} of {@code POST /pec}), with its wire code. Immutable. */
public enum CustomerType {
    /** {@code IM}, impresa. */
    COMPANY("IM"),
    /** {@code PS}, professionista. */
    PROFESSIONAL("PS"),
    /** {@code PL}, pubblica amministrazione locale. */
    LOCAL_ADMINISTRATION("PL"),
    /** {@code PC}, pubblica amministrazione centrale. */
    CENTRAL_ADMINISTRATION("PC"),
    /** {@code A}, associazione. */
    ASSOCIATION("A"),
    /** {@code PV}, privato. */
    PRIVATE_PERSON("PV"),
    /** {@code X}, altro. */
    OTHER("X");

    private final String wireCode;

    CustomerType(String wireCode) {
        this.wireCode = wireCode;
    }

    /** @return the code the provider takes */
    public String wireCode() {
        return wireCode;
    }
}
