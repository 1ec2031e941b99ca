package io.pecflow.adapter.pec;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@code GET /domini_pec/{dominio}}: whether mail to or from this domain can be
 * certified (a PEC provider's domain or one of the certified domains). Immutable.
 *
 * @param domain   the domain asked about
 * @param eligible true on 200 ({@code "legalmail.it found!"}), false on 204 (no content)
 * @param message  the provider's {@code message}, "" when none
 * @param details  the provider's {@code data} (strings; empty in its example)
 */
public record DomainCheck(String domain, boolean eligible, String message, List<String> details) {

    public DomainCheck {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(message, "message");
        details = List.copyOf(details);
    }
}
