package io.pecflow.engine.config;

import io.pecflow.adapter.Secret;
import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.adapter.pec.PecApiConfig;
import io.pecflow.adapter.trovapec.TrovaPecClient;
import io.pecflow.adapter.trovapec.TrovaPecConfig;
import java.util.Optional;

/**
 * The clients of the resolve stage's providers, each present only when its credentials are
 * configured ({@code pecflow.pec-api.token}, {@code pecflow.trovapec.key}): the engine starts
 * without them. Closing releases their connections.
 *
 * @param pecApi   the PEC API, for the certified-domain check
 * @param trovaPec TrovaPEC, for the addresses of tax codes
 */
public record ResolveProviders(Optional<PecApiClient> pecApi, Optional<TrovaPecClient> trovaPec)
        implements AutoCloseable {

    /** @return the clients the properties have credentials for */
    static ResolveProviders of(PecFlowProperties properties) {
        PecFlowProperties.PecApi pec = properties.pecApi();
        PecFlowProperties.Trovapec trova = properties.trovapec();
        return new ResolveProviders(
                pec.token().isBlank() ? Optional.empty()
                        : Optional.of(PecApiClient.create(PecApiConfig.of(pec.baseUrl(), Secret.of(pec.token())))),
                trova.key().isBlank() ? Optional.empty()
                        : Optional.of(TrovaPecClient.create(TrovaPecConfig.of(trova.endpoint(), Secret.of(trova.key())))));
    }

    @Override
    public void close() {
        pecApi.ifPresent(PecApiClient::close);
        trovaPec.ifPresent(TrovaPecClient::close);
    }
}
