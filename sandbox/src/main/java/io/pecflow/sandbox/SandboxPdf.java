package io.pecflow.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a small valid one-page PDF of text lines: the forms the PEC API hands out. */
final class SandboxPdf {

    private SandboxPdf() {
    }

    /**
     * @param title the first line, in a larger type
     * @param lines the lines below it (Latin-1; other characters print as {@code ?})
     * @return the PDF bytes
     */
    static byte[] page(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 16 Tf 56 780 Td (").append(escaped(title)).append(") Tj /F1 11 Tf");
        for (String line : lines) {
            text.append(" 0 -18 Td (").append(escaped(line)).append(") Tj");
        }
        text.append(" ET");
        byte[] content = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + content.length + " >>\nstream\n" + new String(content, StandardCharsets.ISO_8859_1)
                        + "\nendstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> tail.append(String.format("%010d 00000 n \n", o)));
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, tail.toString());
        return out.toByteArray();
    }

    private static String escaped(String line) {
        StringBuilder b = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                b.append('\\');
            }
            b.append(c < 256 && c >= 32 ? c : '?');
        }
        return b.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
