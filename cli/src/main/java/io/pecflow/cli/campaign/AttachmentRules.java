package io.pecflow.cli.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a row's attachments: a file must exist, be readable and within the size limit; inline
 * base64 must decode; names and types must follow the contract. Each good one is hashed, so that
 * a derived jobId changes when the content does. Stateless apart from its settings.
 */
final class AttachmentRules {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
            Map.entry("p7m", "application/pkcs7-mime"), Map.entry("xml", "application/xml"),
            Map.entry("json", "application/json"), Map.entry("zip", "application/zip"),
            Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"), Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"), Map.entry("eml", "message/rfc822"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"));

    private final ContractLimits limits;
    private final Path baseDir;

    AttachmentRules(ContractLimits limits, Path baseDir) {
        this.limits = limits;
        this.baseDir = baseDir;
    }

    List<ResolvedAttachment> resolve(List<AttachmentSource> sources, List<String> problems) {
        List<ResolvedAttachment> resolved = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String field = "attachments[" + i + "]";
            Optional<ResolvedAttachment> attachment = switch (sources.get(i)) {
                case AttachmentSource.FromFile file -> file(field, file.path(), problems);
                case AttachmentSource.Inline inline -> inline(field, inline, problems);
            };
            attachment.ifPresent(resolved::add);
        }
        return resolved;
    }

    private Optional<ResolvedAttachment> file(String field, Path given, List<String> problems) {
        Path path = baseDir.resolve(given).normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            problems.add(field + ": '" + given + "' is not a readable file (relative paths start at the campaign"
                    + " file's folder)");
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            String name = path.getFileName().toString();
            if (!sizeIsGood(field, size, problems) || !nameIsGood(field, name, problems)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(path)) {
                MessageDigest digest = sha256();
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
                return Optional.of(new ResolvedAttachment(name, guessType(name), new AttachmentSource.FromFile(path),
                        size, HexFormat.of().formatHex(digest.digest())));
            }
        } catch (IOException unreadable) {
            problems.add(field + ": '" + given + "' cannot be read (" + unreadable.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    private Optional<ResolvedAttachment> inline(String field, AttachmentSource.Inline inline, List<String> problems) {
        String base64 = inline.base64().replaceAll("\\s", "");
        byte[] content;
        try {
            content = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            problems.add(field + ".base64: is not standard base64 with = padding");
            return Optional.empty();
        }
        Optional<String> type = inline.contentType().map(String::strip).filter(text -> !text.isEmpty());
        int before = problems.size();
        if (type.isPresent() && !limits.contentType().matcher(type.get()).matches()) {
            problems.add(field + ".contentType: '" + type.get() + "' is not type/subtype");
        }
        if (content.length == 0) {
            problems.add(field + ".base64: is empty");
        }
        sizeIsGood(field, content.length, problems);
        nameIsGood(field, inline.name(), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedAttachment(inline.name(), type.map(text -> text.toLowerCase(Locale.ROOT)),
                new AttachmentSource.Inline(inline.name(), type, base64), content.length,
                HexFormat.of().formatHex(sha256().digest(content))));
    }

    private boolean sizeIsGood(String field, long size, List<String> problems) {
        if (size > limits.maxAttachmentBytes()) {
            problems.add(field + ": " + Sizes.human(size) + " exceeds the limit of " + Sizes.human(limits.maxAttachmentBytes()));
            return false;
        }
        return true;
    }

    private boolean nameIsGood(String field, String name, List<String> problems) {
        String problem = name.isBlank() ? "is empty"
                : name.codePointCount(0, name.length()) > limits.maxAttachmentNameChars()
                ? "is longer than " + limits.maxAttachmentNameChars() + " characters"
                : name.contains("/") || name.contains("\\") ? "must be a file name, without / or \\"
                : name.chars().anyMatch(Character::isISOControl) ? "contains a control character" : null;
        if (problem != null) {
            problems.add(field + ".name: " + problem);
        }
        return problem == null;
    }

    /** @return the MIME type of a file name's extension, when it is a common one */
    static Optional<String> guessType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
