package io.pecflow.cli.config;

import io.pecflow.adapter.Secret;
import io.pecflow.adapter.trovapec.TrovaPecConfig;
import java.net.URI;
import picocli.CommandLine.Option;

/** How to reach TrovaPEC: {@code --trovapec-url}, {@code --trovapec-key}. A picocli mixin. */
public final class TrovaPecOptions {

    private static final String ENDPOINT = "/index_ws.php";

    @Option(names = "--trovapec-url", paramLabel = "<url>",
            description = "The TrovaPEC endpoint, or a host to which /index_ws.php is added (env PECFLOW_TROVAPEC_URL;"
                    + " default https://www.trovapec.it/index_ws.php).")
    private String url;

    @Option(names = "--trovapec-key", paramLabel = "<key>",
            description = "The TrovaPEC user key (env PECFLOW_TROVAPEC_KEY); prefer the environment.")
    private String key;

    /** @return the client configuration, the system clock */
    public TrovaPecConfig config(Settings settings) {
        URI endpoint = Urls.parse(settings.required(Setting.TROVAPEC_URL, url, "--trovapec-url"), "--trovapec-url");
        String path = endpoint.getPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            endpoint = endpoint.resolve(ENDPOINT);
        }
        String value = settings.required(Setting.TROVAPEC_KEY, key, "--trovapec-key");
        return TrovaPecConfig.of(endpoint, Secret.of(value));
    }
}
