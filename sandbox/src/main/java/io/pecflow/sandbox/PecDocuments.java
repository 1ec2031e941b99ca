package io.pecflow.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The {@code documenti} field of the PEC API: one base64 string or an array of them. A {@code data:} URI
 * prefix and line breaks are tolerated; any other character outside base64 makes the field unreadable.
 */
final class PecDocuments {

    /** What the back office of the sandbox looks for in a document to refuse it (state {@code documenti_errati}). */
    static final String REFUSAL_MARK = "documenti_errati";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PecDocuments() {
    }

    /** What the field held. */
    sealed interface Read {
        /** Absent, null, empty or blank. */
        record Missing() implements Read {
        }

        /** Something that is not base64 text. */
        record Unreadable() implements Read {
        }

        /** @param documents the decoded documents, in order */
        record Documents(List<byte[]> documents) implements Read {
            boolean allPdf() {
                return documents.stream().allMatch(PecDocuments::isPdf);
            }

            boolean anyMarked() {
                return documents.stream().anyMatch(d -> new String(d, StandardCharsets.ISO_8859_1).contains(REFUSAL_MARK));
            }
        }
    }

    static Read read(JsonNode body) {
        JsonNode field = body.get("documenti");
        List<JsonNode> items = new ArrayList<>();
        if (field != null && field.isArray()) {
            field.forEach(items::add);
        } else if (field != null && !field.isNull()) {
            items.add(field);
        }
        List<byte[]> documents = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isString()) {
                return new Read.Unreadable();
            }
            String text = item.stringValue().trim();
            if (text.isEmpty()) {
                continue;
            }
            try {
                byte[] document = Base64.getDecoder().decode(withoutDataUri(text).replaceAll("\\s", ""));
                if (document.length == 0) {
                    return new Read.Unreadable();
                }
                documents.add(document);
            } catch (IllegalArgumentException e) {
                return new Read.Unreadable();
            }
        }
        return documents.isEmpty() ? new Read.Missing() : new Read.Documents(List.copyOf(documents));
    }

    private static String withoutDataUri(String text) {
        int comma = text.indexOf(',');
        return text.startsWith("data:") && comma > 0 ? text.substring(comma + 1) : text;
    }

    static boolean isPdf(byte[] document) {
        if (document.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (document[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
