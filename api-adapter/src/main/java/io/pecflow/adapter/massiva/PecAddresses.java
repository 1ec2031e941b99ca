package io.pecflow.adapter.massiva;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw address strings the provider returns into plain addresses. The provider writes
 * them as mail headers have them: {@code "Per conto di: dev-api@pecmassiva.com" } (quotes, a
 * trailing space), {@code "dev-api@pecmassiva.com" }, or {@code Name <address>}.
 */
public final class PecAddresses {

    private static final Pattern ON_BEHALF_OF = Pattern.compile("(?i)per\\s+conto\\s+di\\s*:\\s*([^\\s\"<>]+@[^\\s\"<>]+)");
    private static final Pattern ANGLE = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");
    private static final Pattern BARE = Pattern.compile("([^\\s\"<>,;:]+@[^\\s\"<>,;:]+)");

    private PecAddresses() {
    }

    /**
     * @param raw an address as the provider wrote it (may be null)
     * @return the address, lower-cased, without quotes, display name or "Per conto di:"; the
     *         trimmed input when it holds no address at all; "" for null
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        for (Pattern pattern : new Pattern[] {ON_BEHALF_OF, ANGLE, BARE}) {
            Matcher matcher = pattern.matcher(raw);
            if (matcher.find()) {
                return matcher.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return raw.strip();
    }
}
