package io.pecflow.cli.campaign;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a row takes when it does not say it. Immutable.
 *
 * @param campaignId the campaign of every row without its own ({@code --campaign}, else the file's name)
 * @param mailbox    the sending mailbox of rows without one ({@code --mailbox})
 * @param baseDir    where relative attachment paths are read from: the campaign file's folder
 */
public record CampaignDefaults(String campaignId, Optional<String> mailbox, Path baseDir) {

    public CampaignDefaults {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(baseDir, "baseDir");
    }
}
