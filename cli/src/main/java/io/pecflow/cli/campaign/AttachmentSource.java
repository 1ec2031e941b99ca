package io.pecflow.cli.campaign;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where an attachment of a campaign row comes from: a file, read at publish time, or base64 in the row. */
public sealed interface AttachmentSource {

    /**
     * A file to attach; its name is the file's name and its type is guessed from the extension.
     *
     * @param path as written in the row; relative paths are read from the campaign file's folder
     */
    record FromFile(Path path) implements AttachmentSource {
        public FromFile {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * An attachment given whole in a JSON line, as the contract writes it.
     *
     * @param name        the file name the recipient sees
     * @param contentType the MIME type, if given
     * @param base64      the content, standard base64
     */
    record Inline(String name, Optional<String> contentType, String base64) implements AttachmentSource {
        public Inline {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(base64, "base64");
        }
    }
}
