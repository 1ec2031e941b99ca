package io.pecflow.cli.config;

import io.pecflow.adapter.Secret;
import io.pecflow.adapter.pec.PecApiConfig;
import io.pecflow.cli.CliException;
import java.net.URI;
import picocli.CommandLine.Option;

/** How to reach the PEC API: {@code --pec-api-url}, {@code --pec-api-token}. A picocli mixin. */
public final class PecApiOptions {

    @Option(names = "--pec-api-url", paramLabel = "<url>",
            description = "The PEC API root (env PECFLOW_PEC_API_URL; default https://pec.openapi.it).")
    private String url;

    @Option(names = "--pec-api-token", paramLabel = "<token>",
            description = "The PEC API Bearer token (env PECFLOW_PEC_API_TOKEN, else PECFLOW_PROVIDER_TOKEN);"
                    + " prefer the environment: options show in the process list.")
    private String token;

    /** @return the client configuration */
    public PecApiConfig config(Settings settings) {
        URI baseUrl = Urls.parse(settings.required(Setting.PEC_API_URL, url, "--pec-api-url"), "--pec-api-url");
        String value = settings.value(Setting.PEC_API_TOKEN, token)
                .or(() -> settings.value(Setting.PROVIDER_TOKEN, null))
                .orElseThrow(() -> CliException.usage("no PEC API token: give --pec-api-token, or set "
                        + Setting.PEC_API_TOKEN.envName() + " (or " + Setting.PROVIDER_TOKEN.envName() + "), or "
                        + Setting.PEC_API_TOKEN.property() + " in --config"));
        return PecApiConfig.of(baseUrl, Secret.of(value));
    }
}
