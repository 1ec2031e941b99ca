package io.pecflow.cli.output;

/** Draws {@code [#########...........]  45%  450/1000}. Stateless. */
public final class ProgressBar {

    private ProgressBar() {
    }

    /**
     * @param done  how many are done (clamped to {@code 0..total})
     * @param total how many in all; 0 draws an empty bar at 0%
     * @param width the number of cells between the brackets, at least 1
     */
    public static String render(long done, long total, int width) {
        long clamped = Math.max(0, Math.min(done, total));
        int filled = total == 0 ? 0 : (int) (clamped * width / total);
        int percent = total == 0 ? 0 : (int) (clamped * 100 / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                + String.format("%3d%%  %d/%d", percent, clamped, total);
    }
}
