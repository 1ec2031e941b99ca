package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.Document;
import io.pecflow.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads documents to upload from files and writes the forms the PEC API gives to files. */
final class Documents {

    private Documents() {
    }

    static List<Document> read(List<Path> files) {
        return files.stream().map(Documents::read).toList();
    }

    private static Document read(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length == 0) {
                throw CliException.usage(file + " is empty");
            }
            return Document.of(content);
        } catch (IOException unreadable) {
            throw CliException.usage("cannot read " + file + " (" + unreadable.getClass().getSimpleName() + ")");
        }
    }

    /** @return what was written, for the output */
    static Map<String, Object> write(Document document, Path file, String what) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, document.bytes());
        } catch (IOException unwritable) {
            throw CliException.failed("cannot write " + file + " (" + unwritable.getClass().getSimpleName() + ")");
        }
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("document", what);
        written.put("file", file.toString());
        written.put("bytes", document.size());
        return written;
    }
}
