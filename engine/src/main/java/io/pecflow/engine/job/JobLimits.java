package io.pecflow.engine.job;

/**
 * The limits {@link JobReader} checks every job against. Sizes are in bytes (1 MB = 1,048,576
 * bytes in reasons and docs), lengths in characters (Unicode code points). Configured as
 * {@code pecflow.jobs.limits.*} (the components in kebab-case).
 *
 * @param maxSubjectChars             longest subject (default 500)
 * @param maxBodyBytes                largest body, UTF-8 (default 10 MB)
 * @param maxAttachmentBytes          largest single attachment, decoded (default 30 MB)
 * @param maxTotalBytes               largest subject + body + attachments (decoded) (default 30 MB)
 * @param maxSizeTimesRecipientsBytes PEC's rule: that total times the number of recipients must not
 *                                    pass this (default 30 MB)
 * @param maxRecipients               most recipients in one job (default 500)
 * @param maxMetadataEntries          most metadata entries (default 32)
 * @param maxMetadataKeyChars         longest metadata key (default 64)
 * @param maxMetadataValueChars       longest metadata value (default 1024)
 */
public record JobLimits(int maxSubjectChars, long maxBodyBytes, long maxAttachmentBytes, long maxTotalBytes,
                        long maxSizeTimesRecipientsBytes, int maxRecipients, int maxMetadataEntries,
                        int maxMetadataKeyChars, int maxMetadataValueChars) {

    /** One MB as reasons and docs count it. */
    public static final long MB = 1024L * 1024L;

    public JobLimits {
        positive("maxSubjectChars", maxSubjectChars);
        positive("maxBodyBytes", maxBodyBytes);
        positive("maxAttachmentBytes", maxAttachmentBytes);
        positive("maxTotalBytes", maxTotalBytes);
        positive("maxSizeTimesRecipientsBytes", maxSizeTimesRecipientsBytes);
        positive("maxRecipients", maxRecipients);
        positive("maxMetadataEntries", maxMetadataEntries);
        positive("maxMetadataKeyChars", maxMetadataKeyChars);
        positive("maxMetadataValueChars", maxMetadataValueChars);
        notAbove("maxBodyBytes", maxBodyBytes, "maxTotalBytes", maxTotalBytes);
        notAbove("maxAttachmentBytes", maxAttachmentBytes, "maxTotalBytes", maxTotalBytes);
    }

    /** @return the documented defaults */
    public static JobLimits defaults() {
        return new JobLimits(500, 10 * MB, 30 * MB, 30 * MB, 30 * MB, 500, 32, 64, 1024);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    private static void notAbove(String name, long value, String boundName, long bound) {
        if (value > bound) {
            throw new IllegalArgumentException(name + " (" + value + ") must not exceed " + boundName + " (" + bound
                    + "): a job could never reach it");
        }
    }
}
