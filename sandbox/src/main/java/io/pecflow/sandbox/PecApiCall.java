package io.pecflow.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Every operation of the PEC API ({@code pec.openapi.json}), with the codes it documents: the {@code error}
 * of its 400 {@code Wrong id}, of its 404 for an unknown id, and of its 402. Paid operations cost
 * {@link #priceCents()}: the provider publishes prices elsewhere, so these are guesses of the right order.
 */
enum PecApiCall {
    DOMAIN_CHECK("GET", "domini_pec/{}", 1, 403, 0, 0),
    AVAILABILITY("GET", "verifica_pec/{}", 0, 0, 0, 0),
    BOX_LIST("GET", "pec", 0, 0, 0, 200),
    BOX_REGISTER("POST", "pec", 500, 262, 0, 0),
    BOX_GET("GET", "pec/{}", 0, 0, 201, 202),
    BOX_REVOKE("DELETE", "pec/{}", 0, 0, 301, 302),
    ACTIVATION_FORM("GET", "pec/{}/modulo_attivazione", 0, 0, 0, 0),
    CONSERVATION_FORM("GET", "pec/{}/modulo_conservazione", 0, 0, 0, 0),
    BOX_ACTIVATE("PATCH", "pec/{}/attivazione", 0, 0, 265, 266),
    BOX_MODIFY("PATCH", "pec/{}/modifica", 100, 290, 265, 266),
    BOX_CONSERVE("PATCH", "pec/{}/conservazione", 100, 297, 265, 266),
    BOX_TRANSFORM("PATCH", "pec/{}/trasformazione", 100, 279, 265, 266),
    BOX_RENEW("GET", "pec/{}/rinnovo", 0, 0, 201, 202),
    BOX_ADD_USER("POST", "pec/{}/multiutenza", 100, 220, 212, 213),
    COMUNICA_LIST("GET", "comunica_pec", 0, 0, 0, 332),
    COMUNICA_CREATE("POST", "comunica_pec", 500, 351, 0, 0),
    COMUNICA_GET("GET", "comunica_pec/{}", 0, 0, 333, 334),
    COMUNICA_UPLOAD("PATCH", "comunica_pec/{}", 0, 0, 353, 354),
    PROXY_FORM("GET", "comunica_pec/{}/procura_registro_imprese", 0, 0, 0, 0);

    /** The first segment of every path served here. */
    static final List<String> ROOTS = List.of("/domini_pec", "/verifica_pec", "/pec", "/comunica_pec");

    private final String method;
    private final String[] pattern;
    private final long priceCents;
    private final int creditCode;
    private final int wrongIdCode;
    private final int notFoundCode;

    PecApiCall(String method, String pattern, long priceCents, int creditCode, int wrongIdCode, int notFoundCode) {
        this.method = method;
        this.pattern = pattern.split("/");
        this.priceCents = priceCents;
        this.creditCode = creditCode;
        this.wrongIdCode = wrongIdCode;
        this.notFoundCode = notFoundCode;
    }

    /** @return true for the forms, answered as PDF documents and refused in plain text */
    boolean form() {
        return this == ACTIVATION_FORM || this == CONSERVATION_FORM || this == PROXY_FORM;
    }

    long priceCents() {
        return priceCents;
    }

    /** {@code 402 Insufficient Credit in Wallet: ..} with this operation's code. */
    PecApiError insufficientCredit(long creditCents) {
        return PecApiError.insufficientCredit(creditCode, creditCents);
    }

    /** {@code 400 Wrong id}: an id that cannot be one (not 24 hexadecimal digits). */
    PecApiError wrongId() {
        return PecApiError.badRequest(wrongIdCode, "Wrong id");
    }

    /** {@code 404}: no mailbox or request of that id, or none at all for a list. */
    PecApiError notFound() {
        String message = switch (this) {
            case BOX_LIST -> "no pec linked to this account";
            case COMUNICA_LIST -> "no request linked to this account";
            case COMUNICA_GET, COMUNICA_UPLOAD, PROXY_FORM -> "no request found";
            default -> "no pec found";
        };
        return PecApiError.notFound(notFoundCode, message);
    }

    /** Matches a decoded path; one trailing slash is ignored. */
    static PecApiRoute match(String method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String[] segments = p.startsWith("/") ? p.substring(1).split("/", -1) : new String[] {""};
        List<String> allowed = new ArrayList<>();
        for (PecApiCall call : values()) {
            String arg = call.argOf(segments);
            if (arg == null) {
                continue;
            }
            if (call.method.equals(method)) {
                return new PecApiRoute.Call(call, arg);
            }
            allowed.add(call.method);
        }
        return allowed.isEmpty() ? new PecApiRoute.NotFound() : new PecApiRoute.WrongMethod(String.join(", ", allowed));
    }

    /**
     * @return the path parameter if the segments fit this call's pattern (empty if it has none), else null.
     *         {@code /domini_pec} and {@code /verifica_pec} without their parameter fit with an empty one,
     *         for the 428 the document gives them.
     */
    private String argOf(String[] segments) {
        boolean lastMissing = segments.length == pattern.length - 1 && (this == DOMAIN_CHECK || this == AVAILABILITY);
        if (segments.length != pattern.length && !lastMissing) {
            return null;
        }
        String arg = "";
        for (int i = 0; i < segments.length; i++) {
            if (pattern[i].equals("{}")) {
                if (segments[i].isEmpty()) {
                    return null;
                }
                arg = segments[i];
            } else if (!pattern[i].equals(segments[i])) {
                return null;
            }
        }
        return arg;
    }
}
