package io.pecflow.cli.config;

import io.pecflow.cli.CliException;
import java.net.URI;
import java.net.URISyntaxException;

/** Reads a base URL setting, failing with a usage error that names the option. */
final class Urls {

    private Urls() {
    }

    static URI parse(String text, String option) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw CliException.usage(option + ": '" + text + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException notAUri) {
            throw CliException.usage(option + ": '" + text + "' is not an http(s) URL");
        }
    }
}
